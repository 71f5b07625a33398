-- V0007: SSDA903 episodes of care. A looked-after period (the plan) is a chain of episodes, one per change of legal status or
-- placement; the looked-after return reports each, so the hub keeps them. One episode per child per start date.
CREATE TABLE "CareEpisodes" (
    "Id" uuid NOT NULL,
    "ChildId" uuid NOT NULL,
    "LocalAuthorityId" uuid NOT NULL,
    "PlanId" uuid,
    "StartDate" date NOT NULL,
    "Reason" character varying(8) NOT NULL,
    "LegalStatus" character varying(8) NOT NULL,
    "CategoryOfNeed" character varying(8) NOT NULL,
    "PlacementType" character varying(8) NOT NULL,
    "PlacementProvider" character varying(8),
    "EndDate" date,
    "EndReason" character varying(8),
    "PlacementChangeReason" character varying(8),
    "HomePostcode" character varying(8),
    "PlacementPostcode" character varying(8),
    "PlacementUrn" character varying(8),
    CONSTRAINT "PK_CareEpisodes" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_CareEpisodes_LocalAuthorities_LocalAuthorityId" FOREIGN KEY ("LocalAuthorityId") REFERENCES "LocalAuthorities" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_CareEpisodes_People_ChildId" FOREIGN KEY ("ChildId") REFERENCES "People" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_CareEpisodes_Plans_PlanId" FOREIGN KEY ("PlanId") REFERENCES "Plans" ("Id") ON DELETE SET NULL
);
CREATE UNIQUE INDEX "IX_CareEpisodes_ChildId_StartDate" ON "CareEpisodes" ("ChildId", "StartDate");
CREATE INDEX "IX_CareEpisodes_LocalAuthorityId_StartDate" ON "CareEpisodes" ("LocalAuthorityId", "StartDate");
CREATE INDEX "IX_CareEpisodes_PlanId" ON "CareEpisodes" ("PlanId");
