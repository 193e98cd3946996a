-- The incident responder's tables in the trading database (idempotent; applied at start).

-- Every distinct alert event Alertmanager sent; a repeat of (fingerprint, starts_at, status) is a no-op.
CREATE TABLE IF NOT EXISTS alert_events (
    id            bigserial PRIMARY KEY,
    fingerprint   text        NOT NULL,
    starts_at     timestamptz NOT NULL,
    status        text        NOT NULL,
    ends_at       timestamptz,
    alertname     text        NOT NULL,
    runbook       text,
    resource      text,
    severity      text,
    labels        jsonb       NOT NULL,
    annotations   jsonb       NOT NULL,
    generator_url text,
    group_key     text,
    receiver      text,
    received_at   timestamptz NOT NULL,
    incident_id   bigint,
    ignored       text,
    UNIQUE (fingerprint, starts_at, status)
);

CREATE TABLE IF NOT EXISTS incidents (
    id                bigserial PRIMARY KEY,
    key               text        NOT NULL,
    title             text        NOT NULL,
    runbook           text,
    resource          text,
    severity          text        NOT NULL,
    state             text        NOT NULL,
    scenario_run_id   text,
    fault_injected_at timestamptz,
    first_signal_at   timestamptz NOT NULL,
    detected_at       timestamptz NOT NULL,
    acknowledged_at   timestamptz,
    acknowledged_by   text,
    mitigated_at      timestamptz,
    recovered_at      timestamptz,
    resolved_at       timestamptz,
    closed_at         timestamptz,
    paged             boolean     NOT NULL DEFAULT false,
    paged_at          timestamptz,
    escalation_level  int         NOT NULL DEFAULT 0,
    flaps             int         NOT NULL DEFAULT 0,
    classification    jsonb,
    communications    jsonb       NOT NULL DEFAULT '[]'::jsonb,
    postmortem_md     text,
    postmortem_json   jsonb,
    CHECK (state IN ('triggered', 'acknowledged', 'mitigating', 'monitoring', 'resolved', 'closed')),
    CHECK (severity IN ('P0', 'P1', 'P2', 'P3'))
);
CREATE INDEX IF NOT EXISTS incidents_key_idx ON incidents (key, id DESC);
CREATE INDEX IF NOT EXISTS incidents_state_idx ON incidents (state);

-- The alerts (by fingerprint) of an incident, with their latest status.
CREATE TABLE IF NOT EXISTS incident_alerts (
    incident_id  bigint      NOT NULL REFERENCES incidents (id),
    fingerprint  text        NOT NULL,
    alertname    text        NOT NULL,
    resource     text,
    status       text        NOT NULL,
    starts_at    timestamptz NOT NULL,
    ends_at      timestamptz,
    summary      text        NOT NULL,
    labels       jsonb       NOT NULL,
    first_seen_at timestamptz NOT NULL,
    last_seen_at  timestamptz NOT NULL,
    PRIMARY KEY (incident_id, fingerprint)
);

CREATE TABLE IF NOT EXISTS incident_timeline (
    id          bigserial PRIMARY KEY,
    incident_id bigint      NOT NULL REFERENCES incidents (id),
    at          timestamptz NOT NULL,
    type        text        NOT NULL,
    data        jsonb       NOT NULL
);
CREATE INDEX IF NOT EXISTS incident_timeline_incident_idx ON incident_timeline (incident_id, id);

-- One row: when the always-firing Watchdog alert last arrived (monitoring-down is its absence).
CREATE TABLE IF NOT EXISTS responder_status (
    id                    smallint PRIMARY KEY DEFAULT 1 CHECK (id = 1),
    watchdog_last_seen_at timestamptz
);

-- The autopilot's steps per incident (one row per runbook step, the latest run's status).
CREATE TABLE IF NOT EXISTS incident_steps (
    incident_id bigint      NOT NULL REFERENCES incidents (id),
    step_id     text        NOT NULL,
    position    int         NOT NULL,
    kind        text        NOT NULL,
    action      text        NOT NULL,
    risk        text        NOT NULL,
    status      text        NOT NULL,
    detail      text        NOT NULL,
    started_at  timestamptz,
    finished_at timestamptz,
    PRIMARY KEY (incident_id, step_id)
);
-- What a step acts on (a resource, a stream, trading): trainee drills match what a person did against it.
ALTER TABLE incident_steps ADD COLUMN IF NOT EXISTS target text;
