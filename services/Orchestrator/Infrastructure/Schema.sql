-- The one trading state of the run (docs/architecture.md, "Trading state"); no row means ACTIVE.
CREATE TABLE IF NOT EXISTS trading_state (
    id          int PRIMARY KEY CHECK (id = 1),
    state       text        NOT NULL,
    reason      text,
    changed_by  text        NOT NULL,
    changed_at  timestamptz NOT NULL
);

-- Every halt, unhalt and emergency stop, by whom and from where (seed 004's security review reads it).
CREATE TABLE IF NOT EXISTS halt_audit (
    id      bigserial PRIMARY KEY,
    action  text        NOT NULL,
    state   text        NOT NULL,
    reason  text,
    actor   text        NOT NULL,
    source  text,
    at      timestamptz NOT NULL
);
