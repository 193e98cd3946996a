-- Signals, one per (symbol, tick sequence); the primary key makes a redelivered tick batch harmless.
CREATE TABLE IF NOT EXISTS signals (
    signal_id    text PRIMARY KEY,
    symbol       text        NOT NULL,
    side         text        NOT NULL,
    price        numeric     NOT NULL,
    strength     numeric     NOT NULL,
    reason       text        NOT NULL,
    tick_time    timestamptz NOT NULL,
    generated_at timestamptz NOT NULL
);
CREATE INDEX IF NOT EXISTS signals_generated_at ON signals (generated_at DESC);

-- Every calibration attempt; the newest `ok` row holds the last good parameters (seed 001's fallback).
CREATE TABLE IF NOT EXISTS calibrations (
    id            bigserial PRIMARY KEY,
    parameters    jsonb,
    status        text        NOT NULL,
    error         text,
    calibrated_at timestamptz NOT NULL
);
CREATE INDEX IF NOT EXISTS calibrations_ok ON calibrations (calibrated_at DESC) WHERE status = 'ok';
