-- The audit trail's append in one statement (src/audit/log.ts). Before, an append was a
-- transaction of four statements (the chain's lock, the last hash, Prisma's createMany, commit)
-- and Prisma compiled the createMany anew each time (its query plans of createMany are not
-- cached): most of a claims page's CPU. Now the server hands PostgreSQL each event as the
-- canonical JSON its hash covers (src/audit/log.ts `canonical`), and this function takes the
-- organization's chain lock, reads the chain's last hash, chains the events in order and inserts
-- them, with each column read from that same JSON: what is stored is what was hashed.
-- Called alone, it is a transaction of its own (the lock is held only while it runs and
-- commits); called inside a write's transaction, the write and its events commit together.

-- The chain's last event, found without scanning other organizations' events.
-- CreateIndex
CREATE INDEX "AuditEvent_organizationId_id_idx" ON "AuditEvent"("organizationId", "id");

CREATE FUNCTION parity_append_audit(organization uuid, events text[]) RETURNS integer
LANGUAGE plpgsql AS $$
DECLARE
  previous text;
  hashes text[] := '{}';
  previouses text[] := '{}';
  parsed jsonb[] := '{}';
  canonical text;
  event jsonb;
BEGIN
  IF coalesce(array_length(events, 1), 0) = 0 THEN
    RETURN 0;
  END IF;
  -- One chain per organization: its appends take turns (the lock ends with the transaction).
  -- The same key as before this function, so that a server of either version keeps one chain.
  PERFORM pg_advisory_xact_lock(hashtext('parity-audit:' || coalesce(organization::text, 'none')));
  -- Read after the lock is held (each statement of a function takes a new snapshot), so the last
  -- append committed before this one is seen.
  IF organization IS NULL THEN
    SELECT e.hash INTO previous FROM "AuditEvent" e WHERE e."organizationId" IS NULL ORDER BY e.id DESC LIMIT 1;
  ELSE
    SELECT e.hash INTO previous FROM "AuditEvent" e WHERE e."organizationId" = organization ORDER BY e.id DESC LIMIT 1;
  END IF;
  FOREACH canonical IN ARRAY events LOOP
    event := canonical::jsonb;
    IF (event ->> 3)::uuid IS DISTINCT FROM organization THEN
      RAISE EXCEPTION 'an audit event of another organization in this chain' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    previouses := array_append(previouses, previous);
    previous := encode(sha256(convert_to(coalesce(previous, '') || E'\n' || canonical, 'UTF8')), 'hex');
    hashes := array_append(hashes, previous);
    parsed := array_append(parsed, event);
  END LOOP;
  -- The canonical form: [occurredAt, subject, role, organizationId, action, recordType, recordId,
  -- patientId, fields, part2, consentId, outcome, operationName, operationHash, purpose, requestId].
  INSERT INTO "AuditEvent" ("occurredAt", subject, role, "organizationId", action, "recordType", "recordId", "patientId",
                            fields, part2, "consentId", outcome, "operationName", "operationHash", purpose, "requestId",
                            "previousHash", hash)
  SELECT (c ->> 0)::timestamptz, c ->> 1, c ->> 2, (c ->> 3)::uuid, c ->> 4, c ->> 5, c ->> 6, (c ->> 7)::uuid,
         ARRAY(SELECT jsonb_array_elements_text(c -> 8)), (c ->> 9)::boolean, (c ->> 10)::uuid, c ->> 11, c ->> 12,
         c ->> 13, c ->> 14, c ->> 15, previous_hash, hash
  FROM unnest(parsed, previouses, hashes) WITH ORDINALITY AS t(c, previous_hash, hash, n)
  ORDER BY n;
  RETURN array_length(events, 1);
END
$$;
