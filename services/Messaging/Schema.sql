-- Outbox: rows written in the producer's own transaction; the relay publishes them with XADD.
CREATE TABLE IF NOT EXISTS outbox (
    id          bigserial PRIMARY KEY,
    producer    text        NOT NULL,
    stream      text        NOT NULL,
    message_id  text        NOT NULL UNIQUE,
    type        text        NOT NULL,
    payload     jsonb       NOT NULL,
    created_at  timestamptz NOT NULL,
    sent_at     timestamptz,
    trace_parent text
);
-- The W3C traceparent of the span the row was written in (TraceContext). Added to a database created before it; the
-- check comes first because ALTER TABLE locks the table, which every service writes, even when the column exists.
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = 'outbox'
                   AND column_name = 'trace_parent') THEN
        ALTER TABLE outbox ADD COLUMN trace_parent text;
    END IF;
END $$;
CREATE INDEX IF NOT EXISTS outbox_unsent ON outbox (producer, id) WHERE sent_at IS NULL;

-- Inbox: one row per message a consumer group has processed; the duplicate check of at-least-once delivery.
CREATE TABLE IF NOT EXISTS inbox (
    consumer_group text        NOT NULL,
    message_id     text        NOT NULL,
    stream_entry   text        NOT NULL,
    processed_at   timestamptz NOT NULL,
    PRIMARY KEY (consumer_group, message_id)
);
