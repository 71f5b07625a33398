-- V0002: housing's review queue: uncertain Fellegi–Sunter matches held until the housing team confirms or rejects them.
CREATE TABLE "HouseholdMatchReviews" (
    "Id" uuid NOT NULL,
    "HouseholdId" uuid NOT NULL,
    "OrganisationId" uuid NOT NULL,
    "CandidatePersonId" uuid NOT NULL,
    "Relationship" character varying(40) NOT NULL,
    "Scheme" character varying(40) NOT NULL,
    "HousingPersonId" character varying(60),
    "GivenName" character varying(100),
    "FamilyName" character varying(100),
    "DateOfBirth" date,
    "Postcode" character varying(10),
    "MatchWeight" double precision NOT NULL,
    "Status" character varying(40) NOT NULL,
    "CreatedAt" timestamp with time zone NOT NULL,
    "DecidedAt" timestamp with time zone,
    "DecidedBy" character varying(200),
    CONSTRAINT "PK_HouseholdMatchReviews" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_HouseholdMatchReviews_Households_HouseholdId" FOREIGN KEY ("HouseholdId") REFERENCES "Households" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_HouseholdMatchReviews_Organisations_OrganisationId" FOREIGN KEY ("OrganisationId") REFERENCES "Organisations" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_HouseholdMatchReviews_People_CandidatePersonId" FOREIGN KEY ("CandidatePersonId") REFERENCES "People" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_HouseholdMatchReviews_CandidatePersonId" ON "HouseholdMatchReviews" ("CandidatePersonId");

CREATE UNIQUE INDEX "IX_HouseholdMatchReviews_HouseholdId_CandidatePersonId" ON "HouseholdMatchReviews" ("HouseholdId", "CandidatePersonId");

CREATE INDEX "IX_HouseholdMatchReviews_OrganisationId_Status_CreatedAt" ON "HouseholdMatchReviews" ("OrganisationId", "Status", "CreatedAt");
