-- The claim state machine in the database, so that no write path (an API mutation, an 835
-- import, a script, a hand-written UPDATE) can move a claim along a transition the code forbids.
-- The pairs are src/domain/claim-status.ts's claimTransitions; a test checks they agree.

CREATE FUNCTION parity_claim_status_transition() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.status IS DISTINCT FROM OLD.status AND (OLD.status::text, NEW.status::text) NOT IN (
    VALUES
      ('DRAFT', 'SUBMITTED'),
      ('SUBMITTED', 'ACCEPTED'),
      ('SUBMITTED', 'DENIED'),
      ('SUBMITTED', 'PARTIALLY_PAID'),
      ('SUBMITTED', 'PAID'),
      ('SUBMITTED', 'DRAFT'),
      ('ACCEPTED', 'DENIED'),
      ('ACCEPTED', 'PARTIALLY_PAID'),
      ('ACCEPTED', 'PAID'),
      ('DENIED', 'APPEALED'),
      ('DENIED', 'SUBMITTED'),
      ('DENIED', 'PAID'),
      ('DENIED', 'PARTIALLY_PAID'),
      ('DENIED', 'WRITTEN_OFF'),
      ('PARTIALLY_PAID', 'APPEALED'),
      ('PARTIALLY_PAID', 'PAID'),
      ('PARTIALLY_PAID', 'ACCEPTED'),
      ('PARTIALLY_PAID', 'DENIED'),
      ('PARTIALLY_PAID', 'WRITTEN_OFF'),
      ('PAID', 'ACCEPTED'),
      ('PAID', 'DENIED'),
      ('APPEALED', 'PAID'),
      ('APPEALED', 'PARTIALLY_PAID'),
      ('APPEALED', 'DENIED'),
      ('APPEALED', 'WRITTEN_OFF')
  ) THEN
    RAISE EXCEPTION 'a claim cannot move from % to %', OLD.status, NEW.status USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END
$$;

CREATE TRIGGER "Claim_status_transition" BEFORE UPDATE OF status ON "Claim"
  FOR EACH ROW EXECUTE FUNCTION parity_claim_status_transition();
