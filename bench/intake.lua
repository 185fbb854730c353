-- wrk script: wizard posts, each from a new customer (distinct phone), with a realistic body.
local counter = 0
local thread_id = 0
local threads = {}

function setup(thread)
    thread:set("id", #threads)
    table.insert(threads, thread)
end

function init(args)
    thread_id = id
end

request = function()
    counter = counter + 1
    local phone = string.format("+4179%d%06d", thread_id, counter % 1000000)
    local body = string.format([[{"customer_slug":"bench-intake","source":"wizard","intent":"sanitaer_notfall",
"urgency":"MED","contact_name":"Kundin %d","contact_phone":"%s","contact_email":"kundin%d@example.ch",
"summary":"Wasserhahn in der Küche tropft seit gestern, bitte um Rückruf am Vormittag.",
"metadata":{"plz":"8001","ort":"Zürich","preferred_time":"vormittags"},"consent":true}]], counter, phone, counter)
    return wrk.format("POST", "/api/ticket", {["Content-Type"] = "application/json"}, body)
end
