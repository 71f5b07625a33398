-- V0007: SSDA903 episodes of care. A looked-after period (the plan) is a chain of episodes, one per change of legal status or
-- placement; the looked-after return reports each, so the hub keeps them. One episode per child per start date.
CREATE TABLE "CareEpisodes" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_CareEpisodes" PRIMARY KEY,
    "ChildId" TEXT NOT NULL,
    "LocalAuthorityId" TEXT NOT NULL,
    "PlanId" TEXT NULL,
    "StartDate" TEXT NOT NULL,
    "Reason" TEXT NOT NULL,
    "LegalStatus" TEXT NOT NULL,
    "CategoryOfNeed" TEXT NOT NULL,
    "PlacementType" TEXT NOT NULL,
    "PlacementProvider" TEXT NULL,
    "EndDate" TEXT NULL,
    "EndReason" TEXT NULL,
    "PlacementChangeReason" TEXT NULL,
    "HomePostcode" TEXT NULL,
    "PlacementPostcode" TEXT NULL,
    "PlacementUrn" TEXT NULL,
    CONSTRAINT "FK_CareEpisodes_LocalAuthorities_LocalAuthorityId" FOREIGN KEY ("LocalAuthorityId") REFERENCES "LocalAuthorities" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_CareEpisodes_People_ChildId" FOREIGN KEY ("ChildId") REFERENCES "People" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_CareEpisodes_Plans_PlanId" FOREIGN KEY ("PlanId") REFERENCES "Plans" ("Id") ON DELETE SET NULL
);
CREATE UNIQUE INDEX "IX_CareEpisodes_ChildId_StartDate" ON "CareEpisodes" ("ChildId", "StartDate");
CREATE INDEX "IX_CareEpisodes_LocalAuthorityId_StartDate" ON "CareEpisodes" ("LocalAuthorityId", "StartDate");
CREATE INDEX "IX_CareEpisodes_PlanId" ON "CareEpisodes" ("PlanId");
