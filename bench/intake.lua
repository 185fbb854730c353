-- wrk script: wizard posts, each from a new customer (distinct phone), with a realistic body.
-- The first script argument is the run's number (0–9): each run of the same day gets phones of its
-- own, so no run joins the tickets of an earlier one (the same phone on the same day would be merged).
local counter = 0
local thread_id = 0
local run_base = 0
local threads = {}

function setup(thread)
    thread:set("id", #threads)
    table.insert(threads, thread)
end

function init(args)
    thread_id = id
    run_base = (tonumber(args[1]) or 0) * 100000
end

request = function()
    counter = counter + 1
    local phone = string.format("+4179%d%06d", thread_id, run_base + counter % 100000)
    local body = string.format([[{"customer_slug":"bench-intake","source":"wizard","intent":"sanitaer_notfall",
"urgency":"MED","contact_name":"Kundin %d","contact_phone":"%s","contact_email":"kundin%d@example.ch",
"summary":"Wasserhahn in der Küche tropft seit gestern, bitte um Rückruf am Vormittag.",
"metadata":{"plz":"8001","ort":"Zürich","preferred_time":"vormittags"},"consent":true}]], counter, phone, counter)
    return wrk.format("POST", "/api/ticket", {["Content-Type"] = "application/json"}, body)
end
