-- wrk script for the POST workloads: sends the JSON body in the file named by $BENCH_BODY
-- (written from the spec's request example by bench/run.sh) to the path in $BENCH_PATH.
local function read(name)
  local f = assert(io.open(name, "rb"), "cannot open " .. name)
  local s = f:read("*a")
  f:close()
  return s
end

wrk.method = "POST"
wrk.path = assert(os.getenv("BENCH_PATH"), "set BENCH_PATH")
wrk.body = read(assert(os.getenv("BENCH_BODY"), "set BENCH_BODY"))
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = os.getenv("BENCH_AUTH") or "bench-token"
