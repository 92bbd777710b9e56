-- Invariants the database keeps whatever writes to it (an API mutation, an 835 import, the seed,
-- a script, a hand-written statement), beside the checks in code. Prisma's schema cannot express
-- these, so they are written by hand like the claim state machine's trigger (Prisma's diff of the
-- migrations against the schema leaves them alone: test/schema-drift.test.ts passes with them).
-- test/reliability.invariants.int.test.ts tries to break each of them.

-- One open episode per patient and program: a level-of-care move closes the old episode and
-- opens the next in one transaction, and two concurrent moves cannot both leave one open.
CREATE UNIQUE INDEX "Episode_one_open_per_patient_program" ON "Episode" ("patientId", "programId") WHERE status = 'OPEN';

-- Authorization units are never negative (requested, approved, added by a review).
ALTER TABLE "Authorization" ADD CONSTRAINT "Authorization_units_not_negative" CHECK ("unitsRequested" >= 0 AND "unitsApproved" >= 0);
ALTER TABLE "ConcurrentReview" ADD CONSTRAINT "ConcurrentReview_units_not_negative" CHECK ("unitsAdded" >= 0);

-- A service line bills at least one unit and a charge that is not negative; a claim carries at
-- most twelve diagnoses (837P HI), at positions 1 to 12; a session ends after it starts.
ALTER TABLE "ClaimLine" ADD CONSTRAINT "ClaimLine_units_positive" CHECK (units > 0);
ALTER TABLE "ClaimLine" ADD CONSTRAINT "ClaimLine_charge_not_negative" CHECK ("chargeAmount" >= 0);
ALTER TABLE "ClaimDiagnosis" ADD CONSTRAINT "ClaimDiagnosis_position_1_to_12" CHECK (position BETWEEN 1 AND 12);
ALTER TABLE "Session" ADD CONSTRAINT "Session_ends_after_start" CHECK ("endTime" > "startTime");

-- A claim's total charge equals the sum of its lines' charges (0 with no lines). Checked at
-- commit (deferred constraint triggers), so a transaction may change lines and total in any
-- order; a transaction that leaves them apart fails as a whole.
CREATE FUNCTION parity_check_claim_total(claim_id uuid) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  total numeric;
  lines numeric;
BEGIN
  SELECT "totalCharge" INTO total FROM "Claim" WHERE id = claim_id;
  IF NOT FOUND THEN
    RETURN; -- the claim was deleted, with its lines
  END IF;
  SELECT COALESCE(sum("chargeAmount"), 0) INTO lines FROM "ClaimLine" WHERE "claimId" = claim_id;
  IF total <> lines THEN
    RAISE EXCEPTION 'claim % has total charge % but its lines add up to %', claim_id, total, lines
      USING ERRCODE = 'check_violation', CONSTRAINT = 'Claim_total_equals_lines';
  END IF;
END
$$;

CREATE FUNCTION parity_claim_total_of_claim() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM parity_check_claim_total(NEW.id);
  RETURN NULL;
END
$$;

CREATE FUNCTION parity_claim_total_of_line() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' THEN
    PERFORM parity_check_claim_total(OLD."claimId");
  END IF;
  IF TG_OP <> 'DELETE' AND (TG_OP = 'INSERT' OR NEW."claimId" IS DISTINCT FROM OLD."claimId") THEN
    PERFORM parity_check_claim_total(NEW."claimId");
  END IF;
  RETURN NULL;
END
$$;

CREATE CONSTRAINT TRIGGER "Claim_total_equals_lines" AFTER INSERT OR UPDATE OF "totalCharge" ON "Claim"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION parity_claim_total_of_claim();
CREATE CONSTRAINT TRIGGER "ClaimLine_total_equals_lines" AFTER INSERT OR UPDATE OF "chargeAmount", "claimId" OR DELETE ON "ClaimLine"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION parity_claim_total_of_line();
