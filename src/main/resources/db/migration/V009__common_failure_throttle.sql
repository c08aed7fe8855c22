-- The sign-in throttle's counts become every throttle's (sign-in per account and address, check-in
-- codes per learner and per session): one table, keys prefixed by what they count.
ALTER TABLE login_throttle RENAME TO failure_throttle;
ALTER TABLE failure_throttle RENAME CONSTRAINT login_throttle_pkey TO failure_throttle_pkey;
