-- One-minute OHLCV bars per symbol, upserted in batches by the ingestor (the calibrator reads them).
CREATE TABLE IF NOT EXISTS bars (
    symbol       text        NOT NULL,
    bucket_start timestamptz NOT NULL,
    open         numeric     NOT NULL,
    high         numeric     NOT NULL,
    low          numeric     NOT NULL,
    close        numeric     NOT NULL,
    volume       bigint      NOT NULL,
    ticks        int         NOT NULL,
    PRIMARY KEY (symbol, bucket_start)
);

-- Quotes dropped by the data-quality filters, kept for the bad-ticks runbook ("identify source").
CREATE TABLE IF NOT EXISTS rejected_ticks (
    id     bigserial PRIMARY KEY,
    symbol text        NOT NULL,
    price  numeric     NOT NULL,
    reason text        NOT NULL,
    feed   text        NOT NULL,
    at     timestamptz NOT NULL
);
CREATE INDEX IF NOT EXISTS rejected_ticks_at ON rejected_ticks (at);
