-- A course's completion policy now keeps only what its course.yaml sets: everything left out is
-- null and the centre's settings (axcampus.completion.*) fill it in when it is read. Policies
-- imported before had the programme's defaults written in; forgetting the content hashes makes the
-- next start-up (and every reload) import each course again, storing only what it sets.
UPDATE course SET content_hash = 'imported-before-policy-overrides';
