-- CreateTable
CREATE TABLE "Icd10Code" (
    "code" VARCHAR(8) NOT NULL,
    "description" TEXT NOT NULL,
    "billable" BOOLEAN NOT NULL,
    "release" TEXT NOT NULL,

    CONSTRAINT "Icd10Code_pkey" PRIMARY KEY ("code")
);
