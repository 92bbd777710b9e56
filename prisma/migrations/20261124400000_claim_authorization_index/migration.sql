-- The claims billed under an authorization, found by index (src/loaders/claim-snapshots.ts: the
-- units an authorization has used, for every page of claims with findings).
-- CreateIndex
CREATE INDEX "Claim_authorizationId_idx" ON "Claim"("authorizationId");
