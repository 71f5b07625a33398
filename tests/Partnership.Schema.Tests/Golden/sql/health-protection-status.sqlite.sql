-- statement 1
SELECT CAST("p"."NhsNumber" AS TEXT), NOT EXISTS (
    SELECT 1
    FROM "Plans" AS "p6"
    WHERE "p"."Id" = "p6"."ChildId" AND "p6"."Kind" = 'ChildProtection' AND ("p6"."EndDate" IS NULL OR "p6"."EndDate" >= @Today)), (
    SELECT "p7"."StartDate"
    FROM "Plans" AS "p7"
    WHERE "p"."Id" = "p7"."ChildId" AND "p7"."Kind" = 'ChildProtection' AND ("p7"."EndDate" IS NULL OR "p7"."EndDate" >= @Today)
    ORDER BY "p7"."StartDate" DESC
    LIMIT 1), (
    SELECT "p8"."EndDate"
    FROM "Plans" AS "p8"
    WHERE "p"."Id" = "p8"."ChildId" AND "p8"."Kind" = 'ChildProtection' AND ("p8"."EndDate" IS NULL OR "p8"."EndDate" >= @Today)
    ORDER BY "p8"."StartDate" DESC
    LIMIT 1), 0, (
    SELECT "p9"."Id"
    FROM "Plans" AS "p9"
    WHERE "p"."Id" = "p9"."ChildId" AND "p9"."Kind" = 'ChildProtection' AND ("p9"."EndDate" IS NULL OR "p9"."EndDate" >= @Today)
    ORDER BY "p9"."StartDate" DESC
    LIMIT 1), NOT EXISTS (
    SELECT 1
    FROM "Plans" AS "p10"
    WHERE "p"."Id" = "p10"."ChildId" AND "p10"."Kind" = 'LookedAfter' AND ("p10"."EndDate" IS NULL OR "p10"."EndDate" >= @Today)), (
    SELECT "p11"."StartDate"
    FROM "Plans" AS "p11"
    WHERE "p"."Id" = "p11"."ChildId" AND "p11"."Kind" = 'LookedAfter' AND ("p11"."EndDate" IS NULL OR "p11"."EndDate" >= @Today)
    ORDER BY "p11"."StartDate" DESC
    LIMIT 1), (
    SELECT "p12"."EndDate"
    FROM "Plans" AS "p12"
    WHERE "p"."Id" = "p12"."ChildId" AND "p12"."Kind" = 'LookedAfter' AND ("p12"."EndDate" IS NULL OR "p12"."EndDate" >= @Today)
    ORDER BY "p12"."StartDate" DESC
    LIMIT 1), (
    SELECT "p13"."Id"
    FROM "Plans" AS "p13"
    WHERE "p"."Id" = "p13"."ChildId" AND "p13"."Kind" = 'LookedAfter' AND ("p13"."EndDate" IS NULL OR "p13"."EndDate" >= @Today)
    ORDER BY "p13"."StartDate" DESC
    LIMIT 1), NOT EXISTS (
    SELECT 1
    FROM "Plans" AS "p14"
    WHERE "p"."Id" = "p14"."ChildId" AND "p14"."Kind" = 'PreBirth' AND ("p14"."EndDate" IS NULL OR "p14"."EndDate" >= @Today)), (
    SELECT "p15"."StartDate"
    FROM "Plans" AS "p15"
    WHERE "p"."Id" = "p15"."ChildId" AND "p15"."Kind" = 'PreBirth' AND ("p15"."EndDate" IS NULL OR "p15"."EndDate" >= @Today)
    ORDER BY "p15"."StartDate" DESC
    LIMIT 1), (
    SELECT "p16"."Id"
    FROM "Plans" AS "p16"
    WHERE "p"."Id" = "p16"."ChildId" AND "p16"."Kind" = 'PreBirth' AND ("p16"."EndDate" IS NULL OR "p16"."EndDate" >= @Today)
    ORDER BY "p16"."StartDate" DESC
    LIMIT 1), "l"."Id" IS NULL, "l"."Name", "l"."OfficeHoursPhone", "l"."OutOfHoursPhone", "l"."Id", "p"."Id"
FROM "People" AS "p"
LEFT JOIN "LocalAuthorities" AS "l" ON "p"."LocalAuthorityId" = "l"."Id"
WHERE "p"."Kind" = 'Child' AND "p"."NhsNumber" = @nhs AND "p"."Kind" = 'Child' AND "l"."Id" IS NOT NULL AND "l"."Code" = @Value AND (((EXISTS (
    SELECT 1
    FROM "Section47Enquiries" AS "s"
    WHERE "p"."Id" = "s"."ChildId" AND "s"."StartDate" <= @day AND ("s"."EndDate" IS NULL OR "s"."EndDate" >= @day3)) OR EXISTS (
    SELECT 1
    FROM "Plans" AS "p0"
    WHERE "p"."Id" = "p0"."ChildId" AND "p0"."Kind" IN ('ChildProtection', 'PreBirth', 'LookedAfter') AND "p0"."StartDate" <= @day AND ("p0"."EndDate" IS NULL OR "p0"."EndDate" >= @day3))) AND (EXISTS (
    SELECT 1
    FROM "MeetingChildren" AS "m"
    INNER JOIN "Meetings" AS "m0" ON "m"."MeetingId" = "m0"."Id"
    WHERE "p"."Id" = "m"."ChildId" AND EXISTS (
        SELECT 1
        FROM "MeetingInvitations" AS "m1"
        WHERE "m0"."Id" = "m1"."MeetingId" AND "m1"."Agency" = @agency)) OR EXISTS (
    SELECT 1
    FROM "Plans" AS "p1"
    WHERE "p"."Id" = "p1"."ChildId" AND EXISTS (
        SELECT 1
        FROM "PlanMembers" AS "p2"
        WHERE "p1"."Id" = "p2"."PlanId" AND "p2"."Agency" = @agency0)))) OR ("p"."NhsNumber" IS NOT NULL AND CAST("p"."NhsNumber" AS TEXT) = @Value8) OR EXISTS (
    SELECT 1
    FROM "Consents" AS "c"
    WHERE "p"."Id" = "c"."ChildId" AND "c"."GivenAt" <= @at AND ("c"."WithdrawnAt" IS NULL OR "c"."WithdrawnAt" > @at10) AND EXISTS (
        SELECT 1
        FROM "ConsentScopes" AS "c0"
        WHERE "c"."Id" = "c0"."ConsentId" AND "c0"."Agency" = @agency11 AND "c0"."Category" = @category)) OR EXISTS (
    SELECT 1
    FROM "EmergencyAccessGrants" AS "e"
    WHERE "p"."Id" = "e"."ChildId" AND "e"."Subject" = @subject AND "e"."GrantedAt" <= @at14 AND "e"."ExpiresAt" > @at140 AND "e"."RevokedAt" IS NULL)) AND (((EXISTS (
    SELECT 1
    FROM "Section47Enquiries" AS "s0"
    WHERE "p"."Id" = "s0"."ChildId" AND "s0"."StartDate" <= @day16 AND ("s0"."EndDate" IS NULL OR "s0"."EndDate" >= @day17)) OR EXISTS (
    SELECT 1
    FROM "Plans" AS "p3"
    WHERE "p"."Id" = "p3"."ChildId" AND "p3"."Kind" IN ('ChildProtection', 'PreBirth', 'LookedAfter') AND "p3"."StartDate" <= @day16 AND ("p3"."EndDate" IS NULL OR "p3"."EndDate" >= @day17))) AND (EXISTS (
    SELECT 1
    FROM "MeetingChildren" AS "m2"
    INNER JOIN "Meetings" AS "m3" ON "m2"."MeetingId" = "m3"."Id"
    WHERE "p"."Id" = "m2"."ChildId" AND EXISTS (
        SELECT 1
        FROM "MeetingInvitations" AS "m4"
        WHERE "m3"."Id" = "m4"."MeetingId" AND "m4"."Agency" = @agency20)) OR EXISTS (
    SELECT 1
    FROM "Plans" AS "p4"
    WHERE "p"."Id" = "p4"."ChildId" AND EXISTS (
        SELECT 1
        FROM "PlanMembers" AS "p5"
        WHERE "p4"."Id" = "p5"."PlanId" AND "p5"."Agency" = @agency200)))) OR ("p"."NhsNumber" IS NOT NULL AND CAST("p"."NhsNumber" AS TEXT) = @Value22) OR EXISTS (
    SELECT 1
    FROM "Consents" AS "c1"
    WHERE "p"."Id" = "c1"."ChildId" AND "c1"."GivenAt" <= @at23 AND ("c1"."WithdrawnAt" IS NULL OR "c1"."WithdrawnAt" > @at24) AND EXISTS (
        SELECT 1
        FROM "ConsentScopes" AS "c2"
        WHERE "c1"."Id" = "c2"."ConsentId" AND "c2"."Agency" = @agency25 AND "c2"."Category" = @category26)) OR EXISTS (
    SELECT 1
    FROM "EmergencyAccessGrants" AS "e0"
    WHERE "p"."Id" = "e0"."ChildId" AND "e0"."Subject" = @subject27 AND "e0"."GrantedAt" <= @at28 AND "e0"."ExpiresAt" > @at280 AND "e0"."RevokedAt" IS NULL)) AND "p"."NhsNumber" IS NOT NULL
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
    WHERE "p"."Id" = "s"."ChildId" AND "s"."StartDate" <= @day AND ("s"."EndDate" IS NULL OR "s"."EndDate" >= @day2)) OR EXISTS (
    SELECT 1
    FROM "Plans" AS "p0"
    WHERE "p"."Id" = "p0"."ChildId" AND "p0"."Kind" IN ('ChildProtection', 'PreBirth', 'LookedAfter') AND "p0"."StartDate" <= @day AND ("p0"."EndDate" IS NULL OR "p0"."EndDate" >= @day2))) AND (EXISTS (
    SELECT 1
    FROM "MeetingChildren" AS "m"
    INNER JOIN "Meetings" AS "m0" ON "m"."MeetingId" = "m0"."Id"
    WHERE "p"."Id" = "m"."ChildId" AND EXISTS (
        SELECT 1
        FROM "MeetingInvitations" AS "m1"
        WHERE "m0"."Id" = "m1"."MeetingId" AND "m1"."Agency" = @agency)) OR EXISTS (
    SELECT 1
    FROM "Plans" AS "p1"
    WHERE "p"."Id" = "p1"."ChildId" AND EXISTS (
        SELECT 1
        FROM "PlanMembers" AS "p2"
        WHERE "p1"."Id" = "p2"."PlanId" AND "p2"."Agency" = @agency0))), "p"."NhsNumber" IS NOT NULL AND CAST("p"."NhsNumber" AS TEXT) = @Value7, 0, EXISTS (
    SELECT 1
    FROM "Consents" AS "c"
    WHERE "p"."Id" = "c"."ChildId" AND "c"."GivenAt" <= @at AND ("c"."WithdrawnAt" IS NULL OR "c"."WithdrawnAt" > @at9) AND EXISTS (
        SELECT 1
        FROM "ConsentScopes" AS "c0"
        WHERE "c"."Id" = "c0"."ConsentId" AND "c0"."Agency" = @agency10 AND "c0"."Category" = @category)), EXISTS (
    SELECT 1
    FROM "EmergencyAccessGrants" AS "e"
    WHERE "p"."Id" = "e"."ChildId" AND "e"."Subject" = @subject AND "e"."GrantedAt" <= @at13 AND "e"."ExpiresAt" > @at130 AND "e"."RevokedAt" IS NULL)
FROM "People" AS "p"
WHERE "p"."Id" = @Value

-- statement 4
SELECT "p"."Id", "p"."CaseHoldingHubId" AS "Hub"
FROM "People" AS "p"
WHERE "p"."Id" = @Value AND "p"."CaseHoldingHubId" IS NOT NULL

