-- V0002: housing's review queue: uncertain Fellegi–Sunter matches held until the housing team confirms or rejects them.
CREATE TABLE "HouseholdMatchReviews" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_HouseholdMatchReviews" PRIMARY KEY,
    "HouseholdId" TEXT NOT NULL,
    "OrganisationId" TEXT NOT NULL,
    "CandidatePersonId" TEXT NOT NULL,
    "Relationship" TEXT NOT NULL,
    "Scheme" TEXT NOT NULL,
    "HousingPersonId" TEXT NULL,
    "GivenName" TEXT NULL,
    "FamilyName" TEXT NULL,
    "DateOfBirth" TEXT NULL,
    "Postcode" TEXT NULL,
    "MatchWeight" REAL NOT NULL,
    "Status" TEXT NOT NULL,
    "CreatedAt" INTEGER NOT NULL,
    "DecidedAt" INTEGER NULL,
    "DecidedBy" TEXT NULL,
    CONSTRAINT "FK_HouseholdMatchReviews_Households_HouseholdId" FOREIGN KEY ("HouseholdId") REFERENCES "Households" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_HouseholdMatchReviews_Organisations_OrganisationId" FOREIGN KEY ("OrganisationId") REFERENCES "Organisations" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_HouseholdMatchReviews_People_CandidatePersonId" FOREIGN KEY ("CandidatePersonId") REFERENCES "People" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_HouseholdMatchReviews_CandidatePersonId" ON "HouseholdMatchReviews" ("CandidatePersonId");

CREATE UNIQUE INDEX "IX_HouseholdMatchReviews_HouseholdId_CandidatePersonId" ON "HouseholdMatchReviews" ("HouseholdId", "CandidatePersonId");

CREATE INDEX "IX_HouseholdMatchReviews_OrganisationId_Status_CreatedAt" ON "HouseholdMatchReviews" ("OrganisationId", "Status", "CreatedAt");
