-- wrk script for served.py: every request a finder search no one made before (seven random
-- letters), so its results are worked out each time, never found kept.
local threads = 0

function setup(thread)
  threads = threads + 1
  thread:set("id", threads)
end

function init(args)
  math.randomseed(os.time() * 100 + id)
end

function request()
  local letters = {}
  for i = 1, 7 do
    letters[i] = string.char(math.random(97, 122))
  end
  return wrk.format("GET", "/practices/?q=" .. table.concat(letters))
end
