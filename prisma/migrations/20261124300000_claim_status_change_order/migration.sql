-- The order status changes were recorded in (prisma/schema.prisma ClaimStatusChange.sequence):
-- changes made at the same moment were listed in uuid order, that is at random. Existing rows
-- are numbered in the order the table holds them.
-- AlterTable
ALTER TABLE "ClaimStatusChange" ADD COLUMN     "sequence" BIGSERIAL NOT NULL;
