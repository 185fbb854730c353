-- wrk script for bench/stream.sh: wizard posts at a steady pace, each from a new customer, spread
-- over the businesses bench-stream-1 … bench-stream-N. Arguments: the number of businesses and the
-- pause after each answer in milliseconds (so connections × 1000 / (pause + latency) ≈ the rate).
local counter = 0
local thread_id = 0
local businesses = 10
local pause = 20
local threads = {}

function setup(thread)
    thread:set("id", #threads)
    table.insert(threads, thread)
end

function init(args)
    thread_id = id
    businesses = tonumber(args[1]) or businesses
    pause = tonumber(args[2]) or pause
end

function delay()
    return pause
end

request = function()
    counter = counter + 1
    local slug = string.format("bench-stream-%d", counter % businesses + 1)
    local phone = string.format("+4179%d%06d", thread_id, counter % 1000000)
    local body = string.format([[{"customer_slug":"%s","source":"wizard","intent":"sanitaer_notfall",
"urgency":"MED","contact_name":"Kundin %d","contact_phone":"%s","contact_email":"kundin%d@example.ch",
"summary":"Wasserhahn in der Küche tropft seit gestern, bitte um Rückruf am Vormittag.",
"metadata":{"plz":"8001"},"consent":true}]], slug, counter, phone, counter)
    return wrk.format("POST", "/api/ticket", {["Content-Type"] = "application/json"}, body)
end
