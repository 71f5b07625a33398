-- statement 1
SELECT COUNT(*)
FROM "Meetings" AS "m"
INNER JOIN "LocalAuthorities" AS "l" ON "m"."LocalAuthorityId" = "l"."Id"
WHERE "m"."Kind" = 'StrategyDiscussion' AND ("l"."Code" = @Value OR "l"."Code" = @Value1 OR "l"."Code" = @Value2 OR "l"."Code" = @Value3 OR "l"."Code" = @Value4 OR "l"."Code" = @Value5 OR "l"."Code" = @Value6 OR "l"."Code" = @Value7) AND EXISTS (
    SELECT 1
    FROM "MeetingInvitations" AS "m0"
    WHERE "m"."Id" = "m0"."MeetingId" AND "m0"."Agency" = @agency) AND ("m"."HeldAt" > @now OR EXISTS (
    SELECT 1
    FROM "MeetingChildren" AS "m1"
    INNER JOIN "People" AS "p" ON "m1"."ChildId" = "p"."Id"
    WHERE "m"."Id" = "m1"."MeetingId" AND (EXISTS (
        SELECT 1
        FROM "Section47Enquiries" AS "s"
        WHERE "p"."Id" = "s"."ChildId" AND "s"."StartDate" <= @day AND ("s"."EndDate" IS NULL OR "s"."EndDate" >= @day11)) OR EXISTS (
        SELECT 1
        FROM "Plans" AS "p0"
        WHERE "p"."Id" = "p0"."ChildId" AND "p0"."Kind" IN ('ChildProtection', 'PreBirth', 'LookedAfter') AND "p0"."StartDate" <= @day AND ("p0"."EndDate" IS NULL OR "p0"."EndDate" >= @day11))))) AND "m"."HeldAt" >= @Value14 AND EXISTS (
    SELECT 1
    FROM "MeetingInvitations" AS "m2"
    INNER JOIN "Meetings" AS "m3" ON "m2"."MeetingId" = "m3"."Id"
    INNER JOIN "LocalAuthorities" AS "l0" ON "m3"."LocalAuthorityId" = "l0"."Id"
    WHERE "m"."Id" = "m2"."MeetingId" AND ("l0"."Code" = @Value15 OR "l0"."Code" = @Value16 OR "l0"."Code" = @Value17 OR "l0"."Code" = @Value18 OR "l0"."Code" = @Value19 OR "l0"."Code" = @Value20 OR "l0"."Code" = @Value21 OR "l0"."Code" = @Value22) AND EXISTS (
        SELECT 1
        FROM "MeetingInvitations" AS "m4"
        WHERE "m3"."Id" = "m4"."MeetingId" AND "m4"."Agency" = @agency23) AND ("m3"."HeldAt" > @now24 OR EXISTS (
        SELECT 1
        FROM "MeetingChildren" AS "m5"
        INNER JOIN "People" AS "p1" ON "m5"."ChildId" = "p1"."Id"
        WHERE "m3"."Id" = "m5"."MeetingId" AND (EXISTS (
            SELECT 1
            FROM "Section47Enquiries" AS "s0"
            WHERE "p1"."Id" = "s0"."ChildId" AND "s0"."StartDate" <= @day25 AND ("s0"."EndDate" IS NULL OR "s0"."EndDate" >= @day26)) OR EXISTS (
            SELECT 1
            FROM "Plans" AS "p2"
            WHERE "p1"."Id" = "p2"."ChildId" AND "p2"."Kind" IN ('ChildProtection', 'PreBirth', 'LookedAfter') AND "p2"."StartDate" <= @day25 AND ("p2"."EndDate" IS NULL OR "p2"."EndDate" >= @day26))))) AND "m2"."Agency" = @Value29)

-- statement 2
SELECT "m"."HeldAt", 0, "l"."Code", 0, "l"."Id", "m"."Id", 0, "m"."DecisionStartSection47"
FROM "Meetings" AS "m"
INNER JOIN "LocalAuthorities" AS "l" ON "m"."LocalAuthorityId" = "l"."Id"
WHERE "m"."Kind" = 'StrategyDiscussion' AND ("l"."Code" = @Value OR "l"."Code" = @Value1 OR "l"."Code" = @Value2 OR "l"."Code" = @Value3 OR "l"."Code" = @Value4 OR "l"."Code" = @Value5 OR "l"."Code" = @Value6 OR "l"."Code" = @Value7) AND EXISTS (
    SELECT 1
    FROM "MeetingInvitations" AS "m0"
    WHERE "m"."Id" = "m0"."MeetingId" AND "m0"."Agency" = @agency) AND ("m"."HeldAt" > @now OR EXISTS (
    SELECT 1
    FROM "MeetingChildren" AS "m1"
    INNER JOIN "People" AS "p" ON "m1"."ChildId" = "p"."Id"
    WHERE "m"."Id" = "m1"."MeetingId" AND (EXISTS (
        SELECT 1
        FROM "Section47Enquiries" AS "s"
        WHERE "p"."Id" = "s"."ChildId" AND "s"."StartDate" <= @day AND ("s"."EndDate" IS NULL OR "s"."EndDate" >= @day11)) OR EXISTS (
        SELECT 1
        FROM "Plans" AS "p0"
        WHERE "p"."Id" = "p0"."ChildId" AND "p0"."Kind" IN ('ChildProtection', 'PreBirth', 'LookedAfter') AND "p0"."StartDate" <= @day AND ("p0"."EndDate" IS NULL OR "p0"."EndDate" >= @day11))))) AND "m"."HeldAt" >= @Value14 AND EXISTS (
    SELECT 1
    FROM "MeetingInvitations" AS "m2"
    INNER JOIN "Meetings" AS "m3" ON "m2"."MeetingId" = "m3"."Id"
    INNER JOIN "LocalAuthorities" AS "l0" ON "m3"."LocalAuthorityId" = "l0"."Id"
    WHERE "m"."Id" = "m2"."MeetingId" AND ("l0"."Code" = @Value15 OR "l0"."Code" = @Value16 OR "l0"."Code" = @Value17 OR "l0"."Code" = @Value18 OR "l0"."Code" = @Value19 OR "l0"."Code" = @Value20 OR "l0"."Code" = @Value21 OR "l0"."Code" = @Value22) AND EXISTS (
        SELECT 1
        FROM "MeetingInvitations" AS "m4"
        WHERE "m3"."Id" = "m4"."MeetingId" AND "m4"."Agency" = @agency23) AND ("m3"."HeldAt" > @now24 OR EXISTS (
        SELECT 1
        FROM "MeetingChildren" AS "m5"
        INNER JOIN "People" AS "p1" ON "m5"."ChildId" = "p1"."Id"
        WHERE "m3"."Id" = "m5"."MeetingId" AND (EXISTS (
            SELECT 1
            FROM "Section47Enquiries" AS "s0"
            WHERE "p1"."Id" = "s0"."ChildId" AND "s0"."StartDate" <= @day25 AND ("s0"."EndDate" IS NULL OR "s0"."EndDate" >= @day26)) OR EXISTS (
            SELECT 1
            FROM "Plans" AS "p2"
            WHERE "p1"."Id" = "p2"."ChildId" AND "p2"."Kind" IN ('ChildProtection', 'PreBirth', 'LookedAfter') AND "p2"."StartDate" <= @day25 AND ("p2"."EndDate" IS NULL OR "p2"."EndDate" >= @day26))))) AND "m2"."Agency" = @Value29)
ORDER BY "m"."HeldAt" DESC, "m"."Id", "l"."Id"
LIMIT @p

-- statement 3
SELECT "s5"."GivenName", "s5"."c", "s5"."Id", "s4"."Id", "s4"."Id0"
FROM (
    SELECT "m"."Id", "l"."Id" AS "Id0", "m"."HeldAt"
    FROM "Meetings" AS "m"
    INNER JOIN "LocalAuthorities" AS "l" ON "m"."LocalAuthorityId" = "l"."Id"
    WHERE "m"."Kind" = 'StrategyDiscussion' AND ("l"."Code" = @Value OR "l"."Code" = @Value1 OR "l"."Code" = @Value2 OR "l"."Code" = @Value3 OR "l"."Code" = @Value4 OR "l"."Code" = @Value5 OR "l"."Code" = @Value6 OR "l"."Code" = @Value7) AND EXISTS (
        SELECT 1
        FROM "MeetingInvitations" AS "m0"
        WHERE "m"."Id" = "m0"."MeetingId" AND "m0"."Agency" = @agency) AND ("m"."HeldAt" > @now OR EXISTS (
        SELECT 1
        FROM "MeetingChildren" AS "m1"
        INNER JOIN "People" AS "p" ON "m1"."ChildId" = "p"."Id"
        WHERE "m"."Id" = "m1"."MeetingId" AND (EXISTS (
            SELECT 1
            FROM "Section47Enquiries" AS "s"
            WHERE "p"."Id" = "s"."ChildId" AND "s"."StartDate" <= @day AND ("s"."EndDate" IS NULL OR "s"."EndDate" >= @day11)) OR EXISTS (
            SELECT 1
            FROM "Plans" AS "p0"
            WHERE "p"."Id" = "p0"."ChildId" AND "p0"."Kind" IN ('ChildProtection', 'PreBirth', 'LookedAfter') AND "p0"."StartDate" <= @day AND ("p0"."EndDate" IS NULL OR "p0"."EndDate" >= @day11))))) AND "m"."HeldAt" >= @Value14 AND EXISTS (
        SELECT 1
        FROM "MeetingInvitations" AS "m2"
        INNER JOIN "Meetings" AS "m3" ON "m2"."MeetingId" = "m3"."Id"
        INNER JOIN "LocalAuthorities" AS "l0" ON "m3"."LocalAuthorityId" = "l0"."Id"
        WHERE "m"."Id" = "m2"."MeetingId" AND ("l0"."Code" = @Value15 OR "l0"."Code" = @Value16 OR "l0"."Code" = @Value17 OR "l0"."Code" = @Value18 OR "l0"."Code" = @Value19 OR "l0"."Code" = @Value20 OR "l0"."Code" = @Value21 OR "l0"."Code" = @Value22) AND EXISTS (
            SELECT 1
            FROM "MeetingInvitations" AS "m4"
            WHERE "m3"."Id" = "m4"."MeetingId" AND "m4"."Agency" = @agency23) AND ("m3"."HeldAt" > @now24 OR EXISTS (
            SELECT 1
            FROM "MeetingChildren" AS "m5"
            INNER JOIN "People" AS "p1" ON "m5"."ChildId" = "p1"."Id"
            WHERE "m3"."Id" = "m5"."MeetingId" AND (EXISTS (
                SELECT 1
                FROM "Section47Enquiries" AS "s0"
                WHERE "p1"."Id" = "s0"."ChildId" AND "s0"."StartDate" <= @day25 AND ("s0"."EndDate" IS NULL OR "s0"."EndDate" >= @day26)) OR EXISTS (
                SELECT 1
                FROM "Plans" AS "p2"
                WHERE "p1"."Id" = "p2"."ChildId" AND "p2"."Kind" IN ('ChildProtection', 'PreBirth', 'LookedAfter') AND "p2"."StartDate" <= @day25 AND ("p2"."EndDate" IS NULL OR "p2"."EndDate" >= @day26))))) AND "m2"."Agency" = @Value29)
    ORDER BY "m"."HeldAt" DESC, "m"."Id", "l"."Id"
    LIMIT @p
) AS "s4"
INNER JOIN (
    SELECT "p11"."GivenName", 0 AS "c", "p11"."Id", "m14"."MeetingId"
    FROM "MeetingChildren" AS "m14"
    INNER JOIN "People" AS "p11" ON "m14"."ChildId" = "p11"."Id"
    LEFT JOIN "LocalAuthorities" AS "l3" ON "p11"."LocalAuthorityId" = "l3"."Id"
    WHERE "p11"."Kind" = 'Child' AND "l3"."Id" IS NOT NULL AND ("l3"."Code" = @Value31 OR "l3"."Code" = @Value32 OR "l3"."Code" = @Value33 OR "l3"."Code" = @Value34 OR "l3"."Code" = @Value35 OR "l3"."Code" = @Value36 OR "l3"."Code" = @Value37 OR "l3"."Code" = @Value38) AND (((EXISTS (
        SELECT 1
        FROM "Section47Enquiries" AS "s3"
        WHERE "p11"."Id" = "s3"."ChildId" AND "s3"."StartDate" <= @day39 AND ("s3"."EndDate" IS NULL OR "s3"."EndDate" >= @day40)) OR EXISTS (
        SELECT 1
        FROM "Plans" AS "p12"
        WHERE "p11"."Id" = "p12"."ChildId" AND "p12"."Kind" IN ('ChildProtection', 'PreBirth', 'LookedAfter') AND "p12"."StartDate" <= @day39 AND ("p12"."EndDate" IS NULL OR "p12"."EndDate" >= @day40))) AND (EXISTS (
        SELECT 1
        FROM "MeetingChildren" AS "m15"
        INNER JOIN "Meetings" AS "m16" ON "m15"."MeetingId" = "m16"."Id"
        WHERE "p11"."Id" = "m15"."ChildId" AND EXISTS (
            SELECT 1
            FROM "MeetingInvitations" AS "m17"
            WHERE "m16"."Id" = "m17"."MeetingId" AND "m17"."Agency" = @agency43)) OR EXISTS (
        SELECT 1
        FROM "Plans" AS "p13"
        WHERE "p11"."Id" = "p13"."ChildId" AND EXISTS (
            SELECT 1
            FROM "PlanMembers" AS "p14"
            WHERE "p13"."Id" = "p14"."PlanId" AND "p14"."Agency" = @agency430)))) OR EXISTS (
        SELECT 1
        FROM "Consents" AS "c3"
        WHERE "p11"."Id" = "c3"."ChildId" AND "c3"."GivenAt" <= @at AND ("c3"."WithdrawnAt" IS NULL OR "c3"."WithdrawnAt" > @at46) AND EXISTS (
            SELECT 1
            FROM "ConsentScopes" AS "c4"
            WHERE "c3"."Id" = "c4"."ConsentId" AND "c4"."Agency" = @agency47 AND "c4"."Category" = @category)) OR EXISTS (
        SELECT 1
        FROM "EmergencyAccessGrants" AS "e1"
        WHERE "p11"."Id" = "e1"."ChildId" AND "e1"."Subject" = @subject AND "e1"."GrantedAt" <= @at50 AND "e1"."ExpiresAt" > @at500 AND "e1"."RevokedAt" IS NULL))
) AS "s5" ON "s4"."Id" = "s5"."MeetingId"
ORDER BY "s4"."HeldAt" DESC, "s4"."Id", "s4"."Id0", "s5"."Id"

-- statement 4
SELECT "m20"."Agency", "m20"."Status", 0, "m20"."Id", "s6"."Id", "s6"."Id0"
FROM (
    SELECT "m"."Id", "l"."Id" AS "Id0", "m"."HeldAt"
    FROM "Meetings" AS "m"
    INNER JOIN "LocalAuthorities" AS "l" ON "m"."LocalAuthorityId" = "l"."Id"
    WHERE "m"."Kind" = 'StrategyDiscussion' AND ("l"."Code" = @Value OR "l"."Code" = @Value1 OR "l"."Code" = @Value2 OR "l"."Code" = @Value3 OR "l"."Code" = @Value4 OR "l"."Code" = @Value5 OR "l"."Code" = @Value6 OR "l"."Code" = @Value7) AND EXISTS (
        SELECT 1
        FROM "MeetingInvitations" AS "m0"
        WHERE "m"."Id" = "m0"."MeetingId" AND "m0"."Agency" = @agency) AND ("m"."HeldAt" > @now OR EXISTS (
        SELECT 1
        FROM "MeetingChildren" AS "m1"
        INNER JOIN "People" AS "p" ON "m1"."ChildId" = "p"."Id"
        WHERE "m"."Id" = "m1"."MeetingId" AND (EXISTS (
            SELECT 1
            FROM "Section47Enquiries" AS "s"
            WHERE "p"."Id" = "s"."ChildId" AND "s"."StartDate" <= @day AND ("s"."EndDate" IS NULL OR "s"."EndDate" >= @day11)) OR EXISTS (
            SELECT 1
            FROM "Plans" AS "p0"
            WHERE "p"."Id" = "p0"."ChildId" AND "p0"."Kind" IN ('ChildProtection', 'PreBirth', 'LookedAfter') AND "p0"."StartDate" <= @day AND ("p0"."EndDate" IS NULL OR "p0"."EndDate" >= @day11))))) AND "m"."HeldAt" >= @Value14 AND EXISTS (
        SELECT 1
        FROM "MeetingInvitations" AS "m2"
        INNER JOIN "Meetings" AS "m3" ON "m2"."MeetingId" = "m3"."Id"
        INNER JOIN "LocalAuthorities" AS "l0" ON "m3"."LocalAuthorityId" = "l0"."Id"
        WHERE "m"."Id" = "m2"."MeetingId" AND ("l0"."Code" = @Value15 OR "l0"."Code" = @Value16 OR "l0"."Code" = @Value17 OR "l0"."Code" = @Value18 OR "l0"."Code" = @Value19 OR "l0"."Code" = @Value20 OR "l0"."Code" = @Value21 OR "l0"."Code" = @Value22) AND EXISTS (
            SELECT 1
            FROM "MeetingInvitations" AS "m4"
            WHERE "m3"."Id" = "m4"."MeetingId" AND "m4"."Agency" = @agency23) AND ("m3"."HeldAt" > @now24 OR EXISTS (
            SELECT 1
            FROM "MeetingChildren" AS "m5"
            INNER JOIN "People" AS "p1" ON "m5"."ChildId" = "p1"."Id"
            WHERE "m3"."Id" = "m5"."MeetingId" AND (EXISTS (
                SELECT 1
                FROM "Section47Enquiries" AS "s0"
                WHERE "p1"."Id" = "s0"."ChildId" AND "s0"."StartDate" <= @day25 AND ("s0"."EndDate" IS NULL OR "s0"."EndDate" >= @day26)) OR EXISTS (
                SELECT 1
                FROM "Plans" AS "p2"
                WHERE "p1"."Id" = "p2"."ChildId" AND "p2"."Kind" IN ('ChildProtection', 'PreBirth', 'LookedAfter') AND "p2"."StartDate" <= @day25 AND ("p2"."EndDate" IS NULL OR "p2"."EndDate" >= @day26))))) AND "m2"."Agency" = @Value29)
    ORDER BY "m"."HeldAt" DESC, "m"."Id", "l"."Id"
    LIMIT @p
) AS "s6"
INNER JOIN "MeetingInvitations" AS "m20" ON "s6"."Id" = "m20"."MeetingId"
ORDER BY "s6"."HeldAt" DESC, "s6"."Id", "s6"."Id0", "m20"."Id"

-- statement 5
SELECT "s8"."Agency", "s8"."Text", "s8"."c", "s8"."Id", "s7"."Id", "s7"."Id0"
FROM (
    SELECT "m"."Id", "l"."Id" AS "Id0", "m"."HeldAt"
    FROM "Meetings" AS "m"
    INNER JOIN "LocalAuthorities" AS "l" ON "m"."LocalAuthorityId" = "l"."Id"
    WHERE "m"."Kind" = 'StrategyDiscussion' AND ("l"."Code" = @Value OR "l"."Code" = @Value1 OR "l"."Code" = @Value2 OR "l"."Code" = @Value3 OR "l"."Code" = @Value4 OR "l"."Code" = @Value5 OR "l"."Code" = @Value6 OR "l"."Code" = @Value7) AND EXISTS (
        SELECT 1
        FROM "MeetingInvitations" AS "m0"
        WHERE "m"."Id" = "m0"."MeetingId" AND "m0"."Agency" = @agency) AND ("m"."HeldAt" > @now OR EXISTS (
        SELECT 1
        FROM "MeetingChildren" AS "m1"
        INNER JOIN "People" AS "p" ON "m1"."ChildId" = "p"."Id"
        WHERE "m"."Id" = "m1"."MeetingId" AND (EXISTS (
            SELECT 1
            FROM "Section47Enquiries" AS "s"
            WHERE "p"."Id" = "s"."ChildId" AND "s"."StartDate" <= @day AND ("s"."EndDate" IS NULL OR "s"."EndDate" >= @day11)) OR EXISTS (
            SELECT 1
            FROM "Plans" AS "p0"
            WHERE "p"."Id" = "p0"."ChildId" AND "p0"."Kind" IN ('ChildProtection', 'PreBirth', 'LookedAfter') AND "p0"."StartDate" <= @day AND ("p0"."EndDate" IS NULL OR "p0"."EndDate" >= @day11))))) AND "m"."HeldAt" >= @Value14 AND EXISTS (
        SELECT 1
        FROM "MeetingInvitations" AS "m2"
        INNER JOIN "Meetings" AS "m3" ON "m2"."MeetingId" = "m3"."Id"
        INNER JOIN "LocalAuthorities" AS "l0" ON "m3"."LocalAuthorityId" = "l0"."Id"
        WHERE "m"."Id" = "m2"."MeetingId" AND ("l0"."Code" = @Value15 OR "l0"."Code" = @Value16 OR "l0"."Code" = @Value17 OR "l0"."Code" = @Value18 OR "l0"."Code" = @Value19 OR "l0"."Code" = @Value20 OR "l0"."Code" = @Value21 OR "l0"."Code" = @Value22) AND EXISTS (
            SELECT 1
            FROM "MeetingInvitations" AS "m4"
            WHERE "m3"."Id" = "m4"."MeetingId" AND "m4"."Agency" = @agency23) AND ("m3"."HeldAt" > @now24 OR EXISTS (
            SELECT 1
            FROM "MeetingChildren" AS "m5"
            INNER JOIN "People" AS "p1" ON "m5"."ChildId" = "p1"."Id"
            WHERE "m3"."Id" = "m5"."MeetingId" AND (EXISTS (
                SELECT 1
                FROM "Section47Enquiries" AS "s0"
                WHERE "p1"."Id" = "s0"."ChildId" AND "s0"."StartDate" <= @day25 AND ("s0"."EndDate" IS NULL OR "s0"."EndDate" >= @day26)) OR EXISTS (
                SELECT 1
                FROM "Plans" AS "p2"
                WHERE "p1"."Id" = "p2"."ChildId" AND "p2"."Kind" IN ('ChildProtection', 'PreBirth', 'LookedAfter') AND "p2"."StartDate" <= @day25 AND ("p2"."EndDate" IS NULL OR "p2"."EndDate" >= @day26))))) AND "m2"."Agency" = @Value29)
    ORDER BY "m"."HeldAt" DESC, "m"."Id", "l"."Id"
    LIMIT @p
) AS "s7"
INNER JOIN (
    SELECT "m27"."Agency", "m27"."Text", 0 AS "c", "m27"."Id", "m27"."MeetingId"
    FROM "MeetingContributions" AS "m27"
    INNER JOIN "Meetings" AS "m28" ON "m27"."MeetingId" = "m28"."Id"
    WHERE "m27"."Agency" = @agency52 OR ("m27"."Category" NOT IN ('AssessmentAndCaseNotes', 'ConfidentialAddress') AND EXISTS (
        SELECT 1
        FROM "MeetingInvitations" AS "m29"
        WHERE "m28"."Id" = "m29"."MeetingId" AND "m29"."Agency" = @agency520 AND "m29"."Status" <> 'Apologies' AND "m29"."Status" <> 'DidNotAttend'))
) AS "s8" ON "s7"."Id" = "s8"."MeetingId"
ORDER BY "s7"."HeldAt" DESC, "s7"."Id", "s7"."Id0", "s8"."Id"

-- statement 6
SELECT "m32"."Description", "m32"."OwnerAgency", 0, "m32"."Id", "s9"."Id", "s9"."Id0"
FROM (
    SELECT "m"."Id", "l"."Id" AS "Id0", "m"."HeldAt"
    FROM "Meetings" AS "m"
    INNER JOIN "LocalAuthorities" AS "l" ON "m"."LocalAuthorityId" = "l"."Id"
    WHERE "m"."Kind" = 'StrategyDiscussion' AND ("l"."Code" = @Value OR "l"."Code" = @Value1 OR "l"."Code" = @Value2 OR "l"."Code" = @Value3 OR "l"."Code" = @Value4 OR "l"."Code" = @Value5 OR "l"."Code" = @Value6 OR "l"."Code" = @Value7) AND EXISTS (
        SELECT 1
        FROM "MeetingInvitations" AS "m0"
        WHERE "m"."Id" = "m0"."MeetingId" AND "m0"."Agency" = @agency) AND ("m"."HeldAt" > @now OR EXISTS (
        SELECT 1
        FROM "MeetingChildren" AS "m1"
        INNER JOIN "People" AS "p" ON "m1"."ChildId" = "p"."Id"
        WHERE "m"."Id" = "m1"."MeetingId" AND (EXISTS (
            SELECT 1
            FROM "Section47Enquiries" AS "s"
            WHERE "p"."Id" = "s"."ChildId" AND "s"."StartDate" <= @day AND ("s"."EndDate" IS NULL OR "s"."EndDate" >= @day11)) OR EXISTS (
            SELECT 1
            FROM "Plans" AS "p0"
            WHERE "p"."Id" = "p0"."ChildId" AND "p0"."Kind" IN ('ChildProtection', 'PreBirth', 'LookedAfter') AND "p0"."StartDate" <= @day AND ("p0"."EndDate" IS NULL OR "p0"."EndDate" >= @day11))))) AND "m"."HeldAt" >= @Value14 AND EXISTS (
        SELECT 1
        FROM "MeetingInvitations" AS "m2"
        INNER JOIN "Meetings" AS "m3" ON "m2"."MeetingId" = "m3"."Id"
        INNER JOIN "LocalAuthorities" AS "l0" ON "m3"."LocalAuthorityId" = "l0"."Id"
        WHERE "m"."Id" = "m2"."MeetingId" AND ("l0"."Code" = @Value15 OR "l0"."Code" = @Value16 OR "l0"."Code" = @Value17 OR "l0"."Code" = @Value18 OR "l0"."Code" = @Value19 OR "l0"."Code" = @Value20 OR "l0"."Code" = @Value21 OR "l0"."Code" = @Value22) AND EXISTS (
            SELECT 1
            FROM "MeetingInvitations" AS "m4"
            WHERE "m3"."Id" = "m4"."MeetingId" AND "m4"."Agency" = @agency23) AND ("m3"."HeldAt" > @now24 OR EXISTS (
            SELECT 1
            FROM "MeetingChildren" AS "m5"
            INNER JOIN "People" AS "p1" ON "m5"."ChildId" = "p1"."Id"
            WHERE "m3"."Id" = "m5"."MeetingId" AND (EXISTS (
                SELECT 1
                FROM "Section47Enquiries" AS "s0"
                WHERE "p1"."Id" = "s0"."ChildId" AND "s0"."StartDate" <= @day25 AND ("s0"."EndDate" IS NULL OR "s0"."EndDate" >= @day26)) OR EXISTS (
                SELECT 1
                FROM "Plans" AS "p2"
                WHERE "p1"."Id" = "p2"."ChildId" AND "p2"."Kind" IN ('ChildProtection', 'PreBirth', 'LookedAfter') AND "p2"."StartDate" <= @day25 AND ("p2"."EndDate" IS NULL OR "p2"."EndDate" >= @day26))))) AND "m2"."Agency" = @Value29)
    ORDER BY "m"."HeldAt" DESC, "m"."Id", "l"."Id"
    LIMIT @p
) AS "s9"
INNER JOIN "MeetingActions" AS "m32" ON "s9"."Id" = "m32"."MeetingId"
ORDER BY "s9"."HeldAt" DESC, "s9"."Id", "s9"."Id0", "m32"."Id"

-- statement 7
SELECT "m"."MeetingId" AS "K", "m"."ChildId" AS "C"
FROM "MeetingChildren" AS "m"
WHERE "m"."MeetingId" = @Value OR "m"."MeetingId" = @Value1 OR "m"."MeetingId" = @Value2 OR "m"."MeetingId" = @Value3

-- statement 8
SELECT "m"."Id" AS "K", "m0"."ChildId" AS "C"
FROM "MeetingInvitations" AS "m"
INNER JOIN "MeetingChildren" AS "m0" ON "m"."MeetingId" = "m0"."MeetingId"
WHERE "m"."Id" = @Value OR "m"."Id" = @Value1 OR "m"."Id" = @Value2 OR "m"."Id" = @Value3 OR "m"."Id" = @Value4 OR "m"."Id" = @Value5 OR "m"."Id" = @Value6 OR "m"."Id" = @Value7 OR "m"."Id" = @Value8 OR "m"."Id" = @Value9 OR "m"."Id" = @Value10 OR "m"."Id" = @Value11 OR "m"."Id" = @Value12 OR "m"."Id" = @Value13 OR "m"."Id" = @Value14 OR "m"."Id" = @Value15

-- statement 9
SELECT "m"."MeetingId" AS "K", "m"."ChildId" AS "C"
FROM "MeetingChildren" AS "m"
WHERE "m"."MeetingId" = @Value OR "m"."MeetingId" = @Value1

-- statement 10
SELECT "m"."Id" AS "K", "m0"."ChildId" AS "C"
FROM "MeetingContributions" AS "m"
INNER JOIN "MeetingChildren" AS "m0" ON "m"."MeetingId" = "m0"."MeetingId"
WHERE ("m"."Id" = @Value OR "m"."Id" = @Value1 OR "m"."Id" = @Value2 OR "m"."Id" = @Value3) AND ("m"."ChildId" IS NULL OR "m"."ChildId" = "m0"."ChildId")

-- statement 11
SELECT "m"."Id" AS "K", "m0"."ChildId" AS "C"
FROM "MeetingActions" AS "m"
INNER JOIN "MeetingChildren" AS "m0" ON "m"."MeetingId" = "m0"."MeetingId"
WHERE ("m"."Id" = @Value OR "m"."Id" = @Value1) AND ("m"."ChildId" IS NULL OR "m"."ChildId" = "m0"."ChildId")

-- statement 12
SELECT "p"."Id", 1, (EXISTS (
    SELECT 1
    FROM "Section47Enquiries" AS "s"
    WHERE "p"."Id" = "s"."ChildId" AND "s"."StartDate" <= @day AND ("s"."EndDate" IS NULL OR "s"."EndDate" >= @day5)) OR EXISTS (
    SELECT 1
    FROM "Plans" AS "p0"
    WHERE "p"."Id" = "p0"."ChildId" AND "p0"."Kind" IN ('ChildProtection', 'PreBirth', 'LookedAfter') AND "p0"."StartDate" <= @day AND ("p0"."EndDate" IS NULL OR "p0"."EndDate" >= @day5))) AND (EXISTS (
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
        WHERE "p1"."Id" = "p2"."PlanId" AND "p2"."Agency" = @agency0))), EXISTS (
    SELECT 1
    FROM "Consents" AS "c"
    WHERE "p"."Id" = "c"."ChildId" AND "c"."GivenAt" <= @at AND ("c"."WithdrawnAt" IS NULL OR "c"."WithdrawnAt" > @at11) AND EXISTS (
        SELECT 1
        FROM "ConsentScopes" AS "c0"
        WHERE "c"."Id" = "c0"."ConsentId" AND "c0"."Agency" = @agency12 AND "c0"."Category" = @category)), EXISTS (
    SELECT 1
    FROM "EmergencyAccessGrants" AS "e"
    WHERE "p"."Id" = "e"."ChildId" AND "e"."Subject" = @subject AND "e"."GrantedAt" <= @at15 AND "e"."ExpiresAt" > @at150 AND "e"."RevokedAt" IS NULL)
FROM "People" AS "p"
WHERE "p"."Id" = @Value OR "p"."Id" = @Value1 OR "p"."Id" = @Value2 OR "p"."Id" = @Value3

-- statement 13
SELECT "p"."Id", "p"."CaseHoldingHubId" AS "Hub"
FROM "People" AS "p"
WHERE ("p"."Id" = @Value OR "p"."Id" = @Value1 OR "p"."Id" = @Value2 OR "p"."Id" = @Value3) AND "p"."CaseHoldingHubId" IS NOT NULL

