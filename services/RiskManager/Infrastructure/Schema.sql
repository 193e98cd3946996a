-- One row per signal decided; the signal id is unique so a signal is never decided twice.
CREATE TABLE IF NOT EXISTS risk_decisions (
    client_order_id text PRIMARY KEY,
    signal_id       text UNIQUE,
    symbol          text NOT NULL,
    side            text NOT NULL,
    quantity        int NOT NULL,
    limit_price     numeric NOT NULL,
    approved        boolean NOT NULL,
    reason          text,
    trading_state   text,
    decided_at      timestamptz NOT NULL
);
-- The order-rate check reads the approvals of the last seconds.
CREATE INDEX IF NOT EXISTS risk_decisions_decided_at ON risk_decisions (decided_at DESC);
