-- wrk script for bench/progress-read.sh (LOADER=wrk): READ=mine sends each learner's own progress
-- read with their token, round robin; READ=cohort the operator's read of the whole cohort.
local reads = {}
local next_read = 1

function init(args)
  local cohort, admin
  local learners = {}
  for line in io.lines(os.getenv("SEED")) do
    local key, value = line:match("^(%w+)=(.*)$")
    if key == "cohort" then cohort = value
    elseif key == "admin" then admin = value
    elseif key == "learner" then
      local id, token = value:match("^(%S+) (%S+)$")
      learners[#learners + 1] = { id = id, token = token }
    end
  end
  if os.getenv("READ") == "cohort" then
    reads[1] = wrk.format("GET", "/api/cohorts/" .. cohort .. "/progress", { ["Authorization"] = "Bearer " .. admin })
  else
    for i, l in ipairs(learners) do
      reads[i] = wrk.format("GET", "/api/cohorts/" .. cohort .. "/progress/" .. l.id, { ["Authorization"] = "Bearer " .. l.token })
    end
  end
  next_read = math.random(#reads)
end

function request()
  local r = reads[next_read]
  next_read = next_read % #reads + 1
  return r
end

function response(status, headers, body)
  if status ~= 200 then errors_seen = (errors_seen or 0) + 1 end
end
