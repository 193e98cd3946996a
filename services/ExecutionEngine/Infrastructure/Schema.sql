-- Orders and their state machine (docs/architecture.md, "Streams and the no-loss pattern"). Status text is upper snake case.
-- Beyond the contract columns: tick_time (signal-to-fill latency), venue_outcome (what we know of the
-- last POST: pending | acked | unknown | refused) and last_attempt_at (spacing of resubmissions).
CREATE TABLE IF NOT EXISTS orders (
    client_order_id text PRIMARY KEY,
    signal_id       text UNIQUE,
    symbol          text NOT NULL,
    side            text NOT NULL,
    quantity        int NOT NULL,
    limit_price     numeric NOT NULL,
    venue           text,
    status          text NOT NULL,
    filled_quantity int NOT NULL DEFAULT 0,
    average_price   numeric,
    reason          text,
    created_at      timestamptz NOT NULL,
    updated_at      timestamptz NOT NULL,
    submitted_at    timestamptz,
    tick_time       timestamptz,
    venue_outcome   text,
    last_attempt_at timestamptz,
    trace_parent    text
);
CREATE INDEX IF NOT EXISTS orders_status ON orders (status, created_at);
-- trace_parent: the W3C traceparent of the approval's consume span, which the submission and the fills continue (one
-- order, one trace). Added to a database created before it, checked first (ALTER TABLE locks the table).
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = 'orders'
                   AND column_name = 'trace_parent') THEN
        ALTER TABLE orders ADD COLUMN trace_parent text;
    END IF;
END $$;

CREATE TABLE IF NOT EXISTS order_events (
    id              bigserial PRIMARY KEY,
    client_order_id text NOT NULL,
    from_status     text,
    to_status       text NOT NULL,
    detail          text,
    at              timestamptz NOT NULL
);
CREATE INDEX IF NOT EXISTS order_events_order ON order_events (client_order_id, id);

CREATE TABLE IF NOT EXISTS trades (
    venue           text NOT NULL,
    trade_id        text NOT NULL,
    client_order_id text NOT NULL,
    symbol          text NOT NULL,
    side            text NOT NULL,
    quantity        int NOT NULL,
    price           numeric NOT NULL,
    executed_at     timestamptz NOT NULL,
    recorded_at     timestamptz NOT NULL,
    venue_sequence  bigint NOT NULL,
    PRIMARY KEY (venue, trade_id)
);
CREATE INDEX IF NOT EXISTS trades_venue_sequence ON trades (venue, venue_sequence DESC);

CREATE TABLE IF NOT EXISTS positions (
    symbol        text PRIMARY KEY,
    quantity      int NOT NULL,
    average_price numeric NOT NULL,
    realized_pnl  numeric NOT NULL,
    updated_at    timestamptz NOT NULL
);

CREATE TABLE IF NOT EXISTS reconciliation_runs (
    id                  bigserial PRIMARY KEY,
    started_at          timestamptz NOT NULL,
    finished_at         timestamptz,
    missing_trades      int,
    position_mismatches int,
    duplicates          int,
    details             jsonb
);
