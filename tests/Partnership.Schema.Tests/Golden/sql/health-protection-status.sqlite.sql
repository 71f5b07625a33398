-- statement 1
SELECT CAST("p"."NhsNumber" AS TEXT), NOT EXISTS (
    SELECT 1
    FROM "Plans" AS "p10"
    WHERE "p"."Id" = "p10"."ChildId" AND "p10"."Kind" = 'ChildProtection' AND "p10"."StartDate" <= @Today AND ("p10"."EndDate" IS NULL OR "p10"."EndDate" > @Today)), (
    SELECT "p11"."StartDate"
    FROM "Plans" AS "p11"
    WHERE "p"."Id" = "p11"."ChildId" AND "p11"."Kind" = 'ChildProtection' AND "p11"."StartDate" <= @Today AND ("p11"."EndDate" IS NULL OR "p11"."EndDate" > @Today)
    ORDER BY "p11"."StartDate" DESC
    LIMIT 1), (
    SELECT "p12"."EndDate"
    FROM "Plans" AS "p12"
    WHERE "p"."Id" = "p12"."ChildId" AND "p12"."Kind" = 'ChildProtection' AND "p12"."StartDate" <= @Today AND ("p12"."EndDate" IS NULL OR "p12"."EndDate" > @Today)
    ORDER BY "p12"."StartDate" DESC
    LIMIT 1), 0, (
    SELECT "p13"."Id"
    FROM "Plans" AS "p13"
    WHERE "p"."Id" = "p13"."ChildId" AND "p13"."Kind" = 'ChildProtection' AND "p13"."StartDate" <= @Today AND ("p13"."EndDate" IS NULL OR "p13"."EndDate" > @Today)
    ORDER BY "p13"."StartDate" DESC
    LIMIT 1), NOT EXISTS (
    SELECT 1
    FROM "Plans" AS "p14"
    WHERE "p"."Id" = "p14"."ChildId" AND "p14"."Kind" = 'LookedAfter' AND "p14"."StartDate" <= @Today AND ("p14"."EndDate" IS NULL OR "p14"."EndDate" > @Today)), (
    SELECT "p15"."StartDate"
    FROM "Plans" AS "p15"
    WHERE "p"."Id" = "p15"."ChildId" AND "p15"."Kind" = 'LookedAfter' AND "p15"."StartDate" <= @Today AND ("p15"."EndDate" IS NULL OR "p15"."EndDate" > @Today)
    ORDER BY "p15"."StartDate" DESC
    LIMIT 1), (
    SELECT "p16"."EndDate"
    FROM "Plans" AS "p16"
    WHERE "p"."Id" = "p16"."ChildId" AND "p16"."Kind" = 'LookedAfter' AND "p16"."StartDate" <= @Today AND ("p16"."EndDate" IS NULL OR "p16"."EndDate" > @Today)
    ORDER BY "p16"."StartDate" DESC
    LIMIT 1), (
    SELECT "p17"."Id"
    FROM "Plans" AS "p17"
    WHERE "p"."Id" = "p17"."ChildId" AND "p17"."Kind" = 'LookedAfter' AND "p17"."StartDate" <= @Today AND ("p17"."EndDate" IS NULL OR "p17"."EndDate" > @Today)
    ORDER BY "p17"."StartDate" DESC
    LIMIT 1), NOT EXISTS (
    SELECT 1
    FROM "Plans" AS "p18"
    WHERE "p"."Id" = "p18"."ChildId" AND "p18"."Kind" = 'PreBirth' AND "p18"."StartDate" <= @Today AND ("p18"."EndDate" IS NULL OR "p18"."EndDate" > @Today)), (
    SELECT "p19"."StartDate"
    FROM "Plans" AS "p19"
    WHERE "p"."Id" = "p19"."ChildId" AND "p19"."Kind" = 'PreBirth' AND "p19"."StartDate" <= @Today AND ("p19"."EndDate" IS NULL OR "p19"."EndDate" > @Today)
    ORDER BY "p19"."StartDate" DESC
    LIMIT 1), (
    SELECT "p20"."Id"
    FROM "Plans" AS "p20"
    WHERE "p"."Id" = "p20"."ChildId" AND "p20"."Kind" = 'PreBirth' AND "p20"."StartDate" <= @Today AND ("p20"."EndDate" IS NULL OR "p20"."EndDate" > @Today)
    ORDER BY "p20"."StartDate" DESC
    LIMIT 1), "l"."Id" IS NULL, "l"."Name", "l"."OfficeHoursPhone", "l"."OutOfHoursPhone", "l"."Id", "p"."Id"
FROM "People" AS "p"
LEFT JOIN "People" AS "p0" ON "p"."MotherId" = "p0"."Id"
LEFT JOIN "LocalAuthorities" AS "l" ON "p"."LocalAuthorityId" = "l"."Id"
WHERE "p"."Kind" = 'Child' AND ("p"."NhsNumber" = @nhs OR ("p"."DateOfBirth" IS NULL AND "p0"."NhsNumber" = @nhs)) AND ("p"."NhsNumber" = @nhs OR NOT EXISTS (
    SELECT 1
    FROM "People" AS "p1"
    WHERE "p1"."Kind" = 'Child' AND "p1"."NhsNumber" = @nhs)) AND (("p"."Kind" = 'Child' AND "l"."Id" IS NOT NULL AND "l"."Code" = @Value AND (((EXISTS (
    SELECT 1
    FROM "Section47Enquiries" AS "s"
    WHERE "p"."Id" = "s"."ChildId" AND "s"."StartDate" <= @day AND ("s"."EndDate" IS NULL OR "s"."EndDate" > @day)) OR EXISTS (
    SELECT 1
    FROM "Plans" AS "p2"
    WHERE "p"."Id" = "p2"."ChildId" AND "p2"."Kind" IN ('ChildProtection', 'PreBirth', 'LookedAfter') AND "p2"."StartDate" <= @day AND ("p2"."EndDate" IS NULL OR "p2"."EndDate" > @day))) AND (EXISTS (
    SELECT 1
    FROM "MeetingChildren" AS "m"
    INNER JOIN "Meetings" AS "m0" ON "m"."MeetingId" = "m0"."Id"
    WHERE "p"."Id" = "m"."ChildId" AND EXISTS (
        SELECT 1
        FROM "MeetingInvitations" AS "m1"
        WHERE "m0"."Id" = "m1"."MeetingId" AND "m1"."Agency" = @agency AND "m1"."OrganisationId" = @organisationId)) OR EXISTS (
    SELECT 1
    FROM "Plans" AS "p3"
    WHERE "p"."Id" = "p3"."ChildId" AND EXISTS (
        SELECT 1
        FROM "PlanMembers" AS "p4"
        WHERE "p3"."Id" = "p4"."PlanId" AND "p4"."Agency" = @agency0 AND "p4"."OrganisationId" = @organisationId)))) OR ("p"."NhsNumber" IS NOT NULL AND CAST("p"."NhsNumber" AS TEXT) = @Value12) OR ("p"."DateOfBirth" IS NULL AND "p0"."NhsNumber" IS NOT NULL AND CAST("p0"."NhsNumber" AS TEXT) = @Value13) OR EXISTS (
    SELECT 1
    FROM "Consents" AS "c"
    LEFT JOIN "Plans" AS "p5" ON "c"."InvolvementPlanId" = "p5"."Id"
    WHERE "p"."Id" = "c"."ChildId" AND "c"."GivenAt" <= @at AND ("c"."WithdrawnAt" IS NULL OR "c"."WithdrawnAt" > @at15) AND ("c"."EndsOn" IS NULL OR "c"."EndsOn" > @day16) AND ("c"."InvolvementPlanId" IS NULL OR ("p5"."StartDate" <= @day17 AND ("p5"."EndDate" IS NULL OR "p5"."EndDate" > @day17))) AND EXISTS (
        SELECT 1
        FROM "ConsentScopes" AS "c0"
        WHERE "c"."Id" = "c0"."ConsentId" AND "c0"."Agency" = @agency18 AND "c0"."OrganisationId" = @organisationId19 AND "c0"."Category" = @category)) OR EXISTS (
    SELECT 1
    FROM "EmergencyAccessGrants" AS "e"
    WHERE "p"."Id" = "e"."ChildId" AND "e"."Subject" = @subject AND "e"."Agency" = @agency22 AND "e"."OrganisationId" = @organisationId23 AND "e"."GrantedAt" <= @at24 AND "e"."ExpiresAt" > @at240 AND "e"."RevokedAt" IS NULL))) OR ("p"."Kind" = 'Child' AND (("p"."NhsNumber" IS NOT NULL AND CAST("p"."NhsNumber" AS TEXT) = @Value26) OR ("p"."DateOfBirth" IS NULL AND "p0"."NhsNumber" IS NOT NULL AND CAST("p0"."NhsNumber" AS TEXT) = @Value27)))) AND (((EXISTS (
    SELECT 1
    FROM "Section47Enquiries" AS "s0"
    WHERE "p"."Id" = "s0"."ChildId" AND "s0"."StartDate" <= @day28 AND ("s0"."EndDate" IS NULL OR "s0"."EndDate" > @day28)) OR EXISTS (
    SELECT 1
    FROM "Plans" AS "p6"
    WHERE "p"."Id" = "p6"."ChildId" AND "p6"."Kind" IN ('ChildProtection', 'PreBirth', 'LookedAfter') AND "p6"."StartDate" <= @day28 AND ("p6"."EndDate" IS NULL OR "p6"."EndDate" > @day28))) AND (EXISTS (
    SELECT 1
    FROM "MeetingChildren" AS "m2"
    INNER JOIN "Meetings" AS "m3" ON "m2"."MeetingId" = "m3"."Id"
    WHERE "p"."Id" = "m2"."ChildId" AND EXISTS (
        SELECT 1
        FROM "MeetingInvitations" AS "m4"
        WHERE "m3"."Id" = "m4"."MeetingId" AND "m4"."Agency" = @agency30 AND "m4"."OrganisationId" = @organisationId31)) OR EXISTS (
    SELECT 1
    FROM "Plans" AS "p7"
    WHERE "p"."Id" = "p7"."ChildId" AND EXISTS (
        SELECT 1
        FROM "PlanMembers" AS "p8"
        WHERE "p7"."Id" = "p8"."PlanId" AND "p8"."Agency" = @agency300 AND "p8"."OrganisationId" = @organisationId31)))) OR ("p"."NhsNumber" IS NOT NULL AND CAST("p"."NhsNumber" AS TEXT) = @Value34) OR ("p"."DateOfBirth" IS NULL AND "p0"."NhsNumber" IS NOT NULL AND CAST("p0"."NhsNumber" AS TEXT) = @Value35) OR EXISTS (
    SELECT 1
    FROM "Consents" AS "c1"
    LEFT JOIN "Plans" AS "p9" ON "c1"."InvolvementPlanId" = "p9"."Id"
    WHERE "p"."Id" = "c1"."ChildId" AND "c1"."GivenAt" <= @at36 AND ("c1"."WithdrawnAt" IS NULL OR "c1"."WithdrawnAt" > @at37) AND ("c1"."EndsOn" IS NULL OR "c1"."EndsOn" > @day38) AND ("c1"."InvolvementPlanId" IS NULL OR ("p9"."StartDate" <= @day39 AND ("p9"."EndDate" IS NULL OR "p9"."EndDate" > @day39))) AND EXISTS (
        SELECT 1
        FROM "ConsentScopes" AS "c2"
        WHERE "c1"."Id" = "c2"."ConsentId" AND "c2"."Agency" = @agency40 AND "c2"."OrganisationId" = @organisationId41 AND "c2"."Category" = @category42)) OR EXISTS (
    SELECT 1
    FROM "EmergencyAccessGrants" AS "e0"
    WHERE "p"."Id" = "e0"."ChildId" AND "e0"."Subject" = @subject43 AND "e0"."Agency" = @agency44 AND "e0"."OrganisationId" = @organisationId45 AND "e0"."GrantedAt" <= @at46 AND "e0"."ExpiresAt" > @at460 AND "e0"."RevokedAt" IS NULL))
ORDER BY "p"."Id"
LIMIT @p

-- statement 2
SELECT "p"."Id" AS "K", "p"."ChildId" AS "C"
FROM "Plans" AS "p"
WHERE "p"."Id" = @Value

-- statement 3
SELECT "p"."Id", (EXISTS (
    SELECT 1
    FROM "Section47Enquiries" AS "s"
    WHERE "p"."Id" = "s"."ChildId" AND "s"."StartDate" <= @day AND ("s"."EndDate" IS NULL OR "s"."EndDate" > @day)) OR EXISTS (
    SELECT 1
    FROM "Plans" AS "p1"
    WHERE "p"."Id" = "p1"."ChildId" AND "p1"."Kind" IN ('ChildProtection', 'PreBirth', 'LookedAfter') AND "p1"."StartDate" <= @day AND ("p1"."EndDate" IS NULL OR "p1"."EndDate" > @day))) AND (EXISTS (
    SELECT 1
    FROM "MeetingChildren" AS "m"
    INNER JOIN "Meetings" AS "m0" ON "m"."MeetingId" = "m0"."Id"
    WHERE "p"."Id" = "m"."ChildId" AND EXISTS (
        SELECT 1
        FROM "MeetingInvitations" AS "m1"
        WHERE "m0"."Id" = "m1"."MeetingId" AND "m1"."Agency" = @agency AND "m1"."OrganisationId" = @organisationId)) OR EXISTS (
    SELECT 1
    FROM "Plans" AS "p2"
    WHERE "p"."Id" = "p2"."ChildId" AND EXISTS (
        SELECT 1
        FROM "PlanMembers" AS "p3"
        WHERE "p2"."Id" = "p3"."PlanId" AND "p3"."Agency" = @agency0 AND "p3"."OrganisationId" = @organisationId))), ("p"."NhsNumber" IS NOT NULL AND CAST("p"."NhsNumber" AS TEXT) = @Value7) OR ("p"."DateOfBirth" IS NULL AND "p0"."NhsNumber" IS NOT NULL AND CAST("p0"."NhsNumber" AS TEXT) = @Value8), 0, EXISTS (
    SELECT 1
    FROM "Consents" AS "c"
    LEFT JOIN "Plans" AS "p4" ON "c"."InvolvementPlanId" = "p4"."Id"
    WHERE "p"."Id" = "c"."ChildId" AND "c"."GivenAt" <= @at AND ("c"."WithdrawnAt" IS NULL OR "c"."WithdrawnAt" > @at10) AND ("c"."EndsOn" IS NULL OR "c"."EndsOn" > @day11) AND ("c"."InvolvementPlanId" IS NULL OR ("p4"."StartDate" <= @day12 AND ("p4"."EndDate" IS NULL OR "p4"."EndDate" > @day12))) AND EXISTS (
        SELECT 1
        FROM "ConsentScopes" AS "c0"
        WHERE "c"."Id" = "c0"."ConsentId" AND "c0"."Agency" = @agency13 AND "c0"."OrganisationId" = @organisationId14 AND "c0"."Category" = @category)), EXISTS (
    SELECT 1
    FROM "EmergencyAccessGrants" AS "e"
    WHERE "p"."Id" = "e"."ChildId" AND "e"."Subject" = @subject AND "e"."Agency" = @agency17 AND "e"."OrganisationId" = @organisationId18 AND "e"."GrantedAt" <= @at19 AND "e"."ExpiresAt" > @at190 AND "e"."RevokedAt" IS NULL)
FROM "People" AS "p"
LEFT JOIN "People" AS "p0" ON "p"."MotherId" = "p0"."Id"
WHERE "p"."Id" = @Value

-- statement 4
SELECT "p"."Id", "p"."CaseHoldingHubId" AS "Hub"
FROM "People" AS "p"
WHERE "p"."Id" = @Value AND "p"."CaseHoldingHubId" IS NOT NULL

