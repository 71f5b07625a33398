-- statement 1
SELECT COUNT(*)
FROM "Meetings" AS "m"
INNER JOIN "LocalAuthorities" AS "l" ON "m"."LocalAuthorityId" = "l"."Id"
WHERE "m"."Kind" = 'StrategyDiscussion' AND "l"."Code" IN (@councils1, @councils2, @councils3, @councils4, @councils5, @councils6, @councils7, @councils9, @councils10, @councils11) AND EXISTS (
    SELECT 1
    FROM "MeetingInvitations" AS "m0"
    WHERE "m"."Id" = "m0"."MeetingId" AND "m0"."Agency" = @agency) AND ("m"."HeldAt" > @now OR EXISTS (
    SELECT 1
    FROM "MeetingChildren" AS "m1"
    INNER JOIN "People" AS "p" ON "m1"."ChildId" = "p"."Id"
    WHERE "m"."Id" = "m1"."MeetingId" AND (EXISTS (
        SELECT 1
        FROM "Section47Enquiries" AS "s"
        WHERE "p"."Id" = "s"."ChildId" AND "s"."StartDate" <= @day AND ("s"."EndDate" IS NULL OR "s"."EndDate" >= @day4)) OR EXISTS (
        SELECT 1
        FROM "Plans" AS "p0"
        WHERE "p"."Id" = "p0"."ChildId" AND "p0"."Kind" IN ('ChildProtection', 'PreBirth', 'LookedAfter') AND "p0"."StartDate" <= @day AND ("p0"."EndDate" IS NULL OR "p0"."EndDate" >= @day4))))) AND "m"."HeldAt" >= @Value AND EXISTS (
    SELECT 1
    FROM "MeetingInvitations" AS "m2"
    INNER JOIN "Meetings" AS "m3" ON "m2"."MeetingId" = "m3"."Id"
    INNER JOIN "LocalAuthorities" AS "l0" ON "m3"."LocalAuthorityId" = "l0"."Id"
    WHERE "m"."Id" = "m2"."MeetingId" AND "l0"."Code" IN (@councils81, @councils82, @councils83, @councils84, @councils85, @councils86, @councils87, @councils88, @councils89, @councils810) AND EXISTS (
        SELECT 1
        FROM "MeetingInvitations" AS "m4"
        WHERE "m3"."Id" = "m4"."MeetingId" AND "m4"."Agency" = @agency9) AND ("m3"."HeldAt" > @now10 OR EXISTS (
        SELECT 1
        FROM "MeetingChildren" AS "m5"
        INNER JOIN "People" AS "p1" ON "m5"."ChildId" = "p1"."Id"
        WHERE "m3"."Id" = "m5"."MeetingId" AND (EXISTS (
            SELECT 1
            FROM "Section47Enquiries" AS "s0"
            WHERE "p1"."Id" = "s0"."ChildId" AND "s0"."StartDate" <= @day11 AND ("s0"."EndDate" IS NULL OR "s0"."EndDate" >= @day12)) OR EXISTS (
            SELECT 1
            FROM "Plans" AS "p2"
            WHERE "p1"."Id" = "p2"."ChildId" AND "p2"."Kind" IN ('ChildProtection', 'PreBirth', 'LookedAfter') AND "p2"."StartDate" <= @day11 AND ("p2"."EndDate" IS NULL OR "p2"."EndDate" >= @day12))))) AND "m2"."Agency" = @Value15)

-- statement 2
SELECT "m"."HeldAt", 0, "l"."Code", 0, "l"."Id", "m"."Id", "l"."Code" NOT IN (@councils471, @councils472, @councils473, @councils474, @councils475, @councils476, @councils477, @councils478, @councils479, @councils4710) OR NOT EXISTS (
    SELECT 1
    FROM "MeetingInvitations" AS "m6"
    WHERE "m"."Id" = "m6"."MeetingId" AND "m6"."Agency" = @agency48) OR ("m"."HeldAt" <= @now49 AND NOT EXISTS (
    SELECT 1
    FROM "MeetingChildren" AS "m7"
    INNER JOIN "People" AS "p3" ON "m7"."ChildId" = "p3"."Id"
    WHERE "m"."Id" = "m7"."MeetingId" AND (EXISTS (
        SELECT 1
        FROM "Section47Enquiries" AS "s1"
        WHERE "p3"."Id" = "s1"."ChildId" AND "s1"."StartDate" <= @day50 AND ("s1"."EndDate" IS NULL OR "s1"."EndDate" >= @day51)) OR EXISTS (
        SELECT 1
        FROM "Plans" AS "p4"
        WHERE "p3"."Id" = "p4"."ChildId" AND ("p4"."Kind" = 'ChildProtection' OR "p4"."Kind" = 'PreBirth' OR "p4"."Kind" = 'LookedAfter') AND "p4"."StartDate" <= @day50 AND ("p4"."EndDate" IS NULL OR "p4"."EndDate" >= @day51))))), "m"."DecisionStartSection47"
FROM "Meetings" AS "m"
INNER JOIN "LocalAuthorities" AS "l" ON "m"."LocalAuthorityId" = "l"."Id"
WHERE "m"."Kind" = 'StrategyDiscussion' AND "l"."Code" IN (@councils1, @councils2, @councils3, @councils4, @councils5, @councils6, @councils7, @councils9, @councils10, @councils11) AND EXISTS (
    SELECT 1
    FROM "MeetingInvitations" AS "m0"
    WHERE "m"."Id" = "m0"."MeetingId" AND "m0"."Agency" = @agency) AND ("m"."HeldAt" > @now OR EXISTS (
    SELECT 1
    FROM "MeetingChildren" AS "m1"
    INNER JOIN "People" AS "p" ON "m1"."ChildId" = "p"."Id"
    WHERE "m"."Id" = "m1"."MeetingId" AND (EXISTS (
        SELECT 1
        FROM "Section47Enquiries" AS "s"
        WHERE "p"."Id" = "s"."ChildId" AND "s"."StartDate" <= @day AND ("s"."EndDate" IS NULL OR "s"."EndDate" >= @day4)) OR EXISTS (
        SELECT 1
        FROM "Plans" AS "p0"
        WHERE "p"."Id" = "p0"."ChildId" AND "p0"."Kind" IN ('ChildProtection', 'PreBirth', 'LookedAfter') AND "p0"."StartDate" <= @day AND ("p0"."EndDate" IS NULL OR "p0"."EndDate" >= @day4))))) AND "m"."HeldAt" >= @Value AND EXISTS (
    SELECT 1
    FROM "MeetingInvitations" AS "m2"
    INNER JOIN "Meetings" AS "m3" ON "m2"."MeetingId" = "m3"."Id"
    INNER JOIN "LocalAuthorities" AS "l0" ON "m3"."LocalAuthorityId" = "l0"."Id"
    WHERE "m"."Id" = "m2"."MeetingId" AND "l0"."Code" IN (@councils81, @councils82, @councils83, @councils84, @councils85, @councils86, @councils87, @councils88, @councils89, @councils810) AND EXISTS (
        SELECT 1
        FROM "MeetingInvitations" AS "m4"
        WHERE "m3"."Id" = "m4"."MeetingId" AND "m4"."Agency" = @agency9) AND ("m3"."HeldAt" > @now10 OR EXISTS (
        SELECT 1
        FROM "MeetingChildren" AS "m5"
        INNER JOIN "People" AS "p1" ON "m5"."ChildId" = "p1"."Id"
        WHERE "m3"."Id" = "m5"."MeetingId" AND (EXISTS (
            SELECT 1
            FROM "Section47Enquiries" AS "s0"
            WHERE "p1"."Id" = "s0"."ChildId" AND "s0"."StartDate" <= @day11 AND ("s0"."EndDate" IS NULL OR "s0"."EndDate" >= @day12)) OR EXISTS (
            SELECT 1
            FROM "Plans" AS "p2"
            WHERE "p1"."Id" = "p2"."ChildId" AND "p2"."Kind" IN ('ChildProtection', 'PreBirth', 'LookedAfter') AND "p2"."StartDate" <= @day11 AND ("p2"."EndDate" IS NULL OR "p2"."EndDate" >= @day12))))) AND "m2"."Agency" = @Value15)
ORDER BY "m"."HeldAt" DESC, "m"."Id", "l"."Id"
LIMIT @p

-- statement 3
SELECT "s17"."GivenName", "s17"."c", "s17"."Id", "s16"."Id", "s16"."Id0"
FROM (
    SELECT "m"."Id", "l"."Id" AS "Id0", "m"."HeldAt"
    FROM "Meetings" AS "m"
    INNER JOIN "LocalAuthorities" AS "l" ON "m"."LocalAuthorityId" = "l"."Id"
    WHERE "m"."Kind" = 'StrategyDiscussion' AND "l"."Code" IN (@councils12, @councils13, @councils14, @councils15, @councils16, @councils18, @councils19, @councils20, @councils21, @councils22) AND EXISTS (
        SELECT 1
        FROM "MeetingInvitations" AS "m0"
        WHERE "m"."Id" = "m0"."MeetingId" AND "m0"."Agency" = @agency) AND ("m"."HeldAt" > @now OR EXISTS (
        SELECT 1
        FROM "MeetingChildren" AS "m1"
        INNER JOIN "People" AS "p" ON "m1"."ChildId" = "p"."Id"
        WHERE "m"."Id" = "m1"."MeetingId" AND (EXISTS (
            SELECT 1
            FROM "Section47Enquiries" AS "s"
            WHERE "p"."Id" = "s"."ChildId" AND "s"."StartDate" <= @day AND ("s"."EndDate" IS NULL OR "s"."EndDate" >= @day4)) OR EXISTS (
            SELECT 1
            FROM "Plans" AS "p0"
            WHERE "p"."Id" = "p0"."ChildId" AND "p0"."Kind" IN ('ChildProtection', 'PreBirth', 'LookedAfter') AND "p0"."StartDate" <= @day AND ("p0"."EndDate" IS NULL OR "p0"."EndDate" >= @day4))))) AND "m"."HeldAt" >= @Value AND EXISTS (
        SELECT 1
        FROM "MeetingInvitations" AS "m2"
        INNER JOIN "Meetings" AS "m3" ON "m2"."MeetingId" = "m3"."Id"
        INNER JOIN "LocalAuthorities" AS "l0" ON "m3"."LocalAuthorityId" = "l0"."Id"
        WHERE "m"."Id" = "m2"."MeetingId" AND "l0"."Code" IN (@councils811, @councils812, @councils813, @councils814, @councils815, @councils816, @councils817, @councils818, @councils819, @councils820) AND EXISTS (
            SELECT 1
            FROM "MeetingInvitations" AS "m4"
            WHERE "m3"."Id" = "m4"."MeetingId" AND "m4"."Agency" = @agency9) AND ("m3"."HeldAt" > @now10 OR EXISTS (
            SELECT 1
            FROM "MeetingChildren" AS "m5"
            INNER JOIN "People" AS "p1" ON "m5"."ChildId" = "p1"."Id"
            WHERE "m3"."Id" = "m5"."MeetingId" AND (EXISTS (
                SELECT 1
                FROM "Section47Enquiries" AS "s0"
                WHERE "p1"."Id" = "s0"."ChildId" AND "s0"."StartDate" <= @day11 AND ("s0"."EndDate" IS NULL OR "s0"."EndDate" >= @day12)) OR EXISTS (
                SELECT 1
                FROM "Plans" AS "p2"
                WHERE "p1"."Id" = "p2"."ChildId" AND "p2"."Kind" IN ('ChildProtection', 'PreBirth', 'LookedAfter') AND "p2"."StartDate" <= @day11 AND ("p2"."EndDate" IS NULL OR "p2"."EndDate" >= @day12))))) AND "m2"."Agency" = @Value15)
    ORDER BY "m"."HeldAt" DESC, "m"."Id", "l"."Id"
    LIMIT @p
) AS "s16"
INNER JOIN (
    SELECT "p11"."GivenName", 0 AS "c", "p11"."Id", "m14"."MeetingId"
    FROM "MeetingChildren" AS "m14"
    INNER JOIN "People" AS "p11" ON "m14"."ChildId" = "p11"."Id"
    LEFT JOIN "LocalAuthorities" AS "l3" ON "p11"."LocalAuthorityId" = "l3"."Id"
    WHERE "p11"."Kind" = 'Child' AND "l3"."Id" IS NOT NULL AND "l3"."Code" IN (@councils171, @councils172, @councils173, @councils174, @councils175, @councils176, @councils177, @councils178, @councils179, @councils1710) AND (((EXISTS (
        SELECT 1
        FROM "Section47Enquiries" AS "s3"
        WHERE "p11"."Id" = "s3"."ChildId" AND "s3"."StartDate" <= @day18 AND ("s3"."EndDate" IS NULL OR "s3"."EndDate" >= @day19)) OR EXISTS (
        SELECT 1
        FROM "Plans" AS "p12"
        WHERE "p11"."Id" = "p12"."ChildId" AND "p12"."Kind" IN ('ChildProtection', 'PreBirth', 'LookedAfter') AND "p12"."StartDate" <= @day18 AND ("p12"."EndDate" IS NULL OR "p12"."EndDate" >= @day19))) AND (EXISTS (
        SELECT 1
        FROM "MeetingChildren" AS "m15"
        INNER JOIN "Meetings" AS "m16" ON "m15"."MeetingId" = "m16"."Id"
        WHERE "p11"."Id" = "m15"."ChildId" AND EXISTS (
            SELECT 1
            FROM "MeetingInvitations" AS "m17"
            WHERE "m16"."Id" = "m17"."MeetingId" AND "m17"."Agency" = @agency22)) OR EXISTS (
        SELECT 1
        FROM "Plans" AS "p13"
        WHERE "p11"."Id" = "p13"."ChildId" AND EXISTS (
            SELECT 1
            FROM "PlanMembers" AS "p14"
            WHERE "p13"."Id" = "p14"."PlanId" AND "p14"."Agency" = @agency220)))) OR EXISTS (
        SELECT 1
        FROM "Consents" AS "c8"
        WHERE "p11"."Id" = "c8"."ChildId" AND "c8"."GivenAt" <= @at AND ("c8"."WithdrawnAt" IS NULL OR "c8"."WithdrawnAt" > @at25) AND EXISTS (
            SELECT 1
            FROM "ConsentScopes" AS "c9"
            WHERE "c8"."Id" = "c9"."ConsentId" AND "c9"."Agency" = @agency26 AND "c9"."Category" = @category)) OR EXISTS (
        SELECT 1
        FROM "EmergencyAccessGrants" AS "e1"
        WHERE "p11"."Id" = "e1"."ChildId" AND "e1"."Subject" = @subject AND "e1"."GrantedAt" <= @at29 AND "e1"."ExpiresAt" > @at290 AND "e1"."RevokedAt" IS NULL))
) AS "s17" ON "s16"."Id" = "s17"."MeetingId"
ORDER BY "s16"."HeldAt" DESC, "s16"."Id", "s16"."Id0", "s17"."Id"

-- statement 4
SELECT "s19"."Agency", "s19"."Status", "s19"."c", "s19"."Id", "s18"."Id", "s18"."Id0"
FROM (
    SELECT "m"."Id", "l"."Id" AS "Id0", "m"."HeldAt"
    FROM "Meetings" AS "m"
    INNER JOIN "LocalAuthorities" AS "l" ON "m"."LocalAuthorityId" = "l"."Id"
    WHERE "m"."Kind" = 'StrategyDiscussion' AND "l"."Code" IN (@councils23, @councils24, @councils25, @councils26, @councils27, @councils28, @councils29, @councils30, @councils31, @councils32) AND EXISTS (
        SELECT 1
        FROM "MeetingInvitations" AS "m0"
        WHERE "m"."Id" = "m0"."MeetingId" AND "m0"."Agency" = @agency) AND ("m"."HeldAt" > @now OR EXISTS (
        SELECT 1
        FROM "MeetingChildren" AS "m1"
        INNER JOIN "People" AS "p" ON "m1"."ChildId" = "p"."Id"
        WHERE "m"."Id" = "m1"."MeetingId" AND (EXISTS (
            SELECT 1
            FROM "Section47Enquiries" AS "s"
            WHERE "p"."Id" = "s"."ChildId" AND "s"."StartDate" <= @day AND ("s"."EndDate" IS NULL OR "s"."EndDate" >= @day4)) OR EXISTS (
            SELECT 1
            FROM "Plans" AS "p0"
            WHERE "p"."Id" = "p0"."ChildId" AND "p0"."Kind" IN ('ChildProtection', 'PreBirth', 'LookedAfter') AND "p0"."StartDate" <= @day AND ("p0"."EndDate" IS NULL OR "p0"."EndDate" >= @day4))))) AND "m"."HeldAt" >= @Value AND EXISTS (
        SELECT 1
        FROM "MeetingInvitations" AS "m2"
        INNER JOIN "Meetings" AS "m3" ON "m2"."MeetingId" = "m3"."Id"
        INNER JOIN "LocalAuthorities" AS "l0" ON "m3"."LocalAuthorityId" = "l0"."Id"
        WHERE "m"."Id" = "m2"."MeetingId" AND "l0"."Code" IN (@councils821, @councils822, @councils823, @councils824, @councils825, @councils826, @councils827, @councils828, @councils829, @councils830) AND EXISTS (
            SELECT 1
            FROM "MeetingInvitations" AS "m4"
            WHERE "m3"."Id" = "m4"."MeetingId" AND "m4"."Agency" = @agency9) AND ("m3"."HeldAt" > @now10 OR EXISTS (
            SELECT 1
            FROM "MeetingChildren" AS "m5"
            INNER JOIN "People" AS "p1" ON "m5"."ChildId" = "p1"."Id"
            WHERE "m3"."Id" = "m5"."MeetingId" AND (EXISTS (
                SELECT 1
                FROM "Section47Enquiries" AS "s0"
                WHERE "p1"."Id" = "s0"."ChildId" AND "s0"."StartDate" <= @day11 AND ("s0"."EndDate" IS NULL OR "s0"."EndDate" >= @day12)) OR EXISTS (
                SELECT 1
                FROM "Plans" AS "p2"
                WHERE "p1"."Id" = "p2"."ChildId" AND "p2"."Kind" IN ('ChildProtection', 'PreBirth', 'LookedAfter') AND "p2"."StartDate" <= @day11 AND ("p2"."EndDate" IS NULL OR "p2"."EndDate" >= @day12))))) AND "m2"."Agency" = @Value15)
    ORDER BY "m"."HeldAt" DESC, "m"."Id", "l"."Id"
    LIMIT @p
) AS "s18"
INNER JOIN (
    SELECT "m26"."Agency", "m26"."Status", 0 AS "c", "m26"."Id", "m26"."MeetingId"
    FROM "MeetingInvitations" AS "m26"
    INNER JOIN "Meetings" AS "m27" ON "m26"."MeetingId" = "m27"."Id"
    INNER JOIN "LocalAuthorities" AS "l6" ON "m27"."LocalAuthorityId" = "l6"."Id"
    WHERE "l6"."Code" IN (@councils821, @councils822, @councils823, @councils824, @councils825, @councils826, @councils827, @councils828, @councils829, @councils830) AND EXISTS (
        SELECT 1
        FROM "MeetingInvitations" AS "m28"
        WHERE "m27"."Id" = "m28"."MeetingId" AND "m28"."Agency" = @agency9) AND ("m27"."HeldAt" > @now10 OR EXISTS (
        SELECT 1
        FROM "MeetingChildren" AS "m29"
        INNER JOIN "People" AS "p19" ON "m29"."ChildId" = "p19"."Id"
        WHERE "m27"."Id" = "m29"."MeetingId" AND (EXISTS (
            SELECT 1
            FROM "Section47Enquiries" AS "s6"
            WHERE "p19"."Id" = "s6"."ChildId" AND "s6"."StartDate" <= @day11 AND ("s6"."EndDate" IS NULL OR "s6"."EndDate" >= @day12)) OR EXISTS (
            SELECT 1
            FROM "Plans" AS "p20"
            WHERE "p19"."Id" = "p20"."ChildId" AND "p20"."Kind" IN ('ChildProtection', 'PreBirth', 'LookedAfter') AND "p20"."StartDate" <= @day11 AND ("p20"."EndDate" IS NULL OR "p20"."EndDate" >= @day12)))))
) AS "s19" ON "s18"."Id" = "s19"."MeetingId"
ORDER BY "s18"."HeldAt" DESC, "s18"."Id", "s18"."Id0", "s19"."Id"

-- statement 5
SELECT "s21"."Agency", "s21"."Text", "s21"."c", "s21"."Id", "s20"."Id", "s20"."Id0"
FROM (
    SELECT "m"."Id", "l"."Id" AS "Id0", "m"."HeldAt"
    FROM "Meetings" AS "m"
    INNER JOIN "LocalAuthorities" AS "l" ON "m"."LocalAuthorityId" = "l"."Id"
    WHERE "m"."Kind" = 'StrategyDiscussion' AND "l"."Code" IN (@councils33, @councils34, @councils35, @councils36, @councils37, @councils39, @councils40, @councils41, @councils42, @councils43) AND EXISTS (
        SELECT 1
        FROM "MeetingInvitations" AS "m0"
        WHERE "m"."Id" = "m0"."MeetingId" AND "m0"."Agency" = @agency) AND ("m"."HeldAt" > @now OR EXISTS (
        SELECT 1
        FROM "MeetingChildren" AS "m1"
        INNER JOIN "People" AS "p" ON "m1"."ChildId" = "p"."Id"
        WHERE "m"."Id" = "m1"."MeetingId" AND (EXISTS (
            SELECT 1
            FROM "Section47Enquiries" AS "s"
            WHERE "p"."Id" = "s"."ChildId" AND "s"."StartDate" <= @day AND ("s"."EndDate" IS NULL OR "s"."EndDate" >= @day4)) OR EXISTS (
            SELECT 1
            FROM "Plans" AS "p0"
            WHERE "p"."Id" = "p0"."ChildId" AND "p0"."Kind" IN ('ChildProtection', 'PreBirth', 'LookedAfter') AND "p0"."StartDate" <= @day AND ("p0"."EndDate" IS NULL OR "p0"."EndDate" >= @day4))))) AND "m"."HeldAt" >= @Value AND EXISTS (
        SELECT 1
        FROM "MeetingInvitations" AS "m2"
        INNER JOIN "Meetings" AS "m3" ON "m2"."MeetingId" = "m3"."Id"
        INNER JOIN "LocalAuthorities" AS "l0" ON "m3"."LocalAuthorityId" = "l0"."Id"
        WHERE "m"."Id" = "m2"."MeetingId" AND "l0"."Code" IN (@councils831, @councils832, @councils833, @councils834, @councils835, @councils836, @councils837, @councils838, @councils839, @councils840) AND EXISTS (
            SELECT 1
            FROM "MeetingInvitations" AS "m4"
            WHERE "m3"."Id" = "m4"."MeetingId" AND "m4"."Agency" = @agency9) AND ("m3"."HeldAt" > @now10 OR EXISTS (
            SELECT 1
            FROM "MeetingChildren" AS "m5"
            INNER JOIN "People" AS "p1" ON "m5"."ChildId" = "p1"."Id"
            WHERE "m3"."Id" = "m5"."MeetingId" AND (EXISTS (
                SELECT 1
                FROM "Section47Enquiries" AS "s0"
                WHERE "p1"."Id" = "s0"."ChildId" AND "s0"."StartDate" <= @day11 AND ("s0"."EndDate" IS NULL OR "s0"."EndDate" >= @day12)) OR EXISTS (
                SELECT 1
                FROM "Plans" AS "p2"
                WHERE "p1"."Id" = "p2"."ChildId" AND "p2"."Kind" IN ('ChildProtection', 'PreBirth', 'LookedAfter') AND "p2"."StartDate" <= @day11 AND ("p2"."EndDate" IS NULL OR "p2"."EndDate" >= @day12))))) AND "m2"."Agency" = @Value15)
    ORDER BY "m"."HeldAt" DESC, "m"."Id", "l"."Id"
    LIMIT @p
) AS "s20"
INNER JOIN (
    SELECT "m40"."Agency", "m40"."Text", 0 AS "c", "m40"."Id", "m40"."MeetingId"
    FROM "MeetingContributions" AS "m40"
    INNER JOIN "Meetings" AS "m41" ON "m40"."MeetingId" = "m41"."Id"
    INNER JOIN "LocalAuthorities" AS "l9" ON "m41"."LocalAuthorityId" = "l9"."Id"
    WHERE "l9"."Code" IN (@councils381, @councils382, @councils383, @councils384, @councils385, @councils386, @councils387, @councils388, @councils389, @councils3810) AND EXISTS (
        SELECT 1
        FROM "MeetingInvitations" AS "m42"
        WHERE "m41"."Id" = "m42"."MeetingId" AND "m42"."Agency" = @agency39) AND ("m41"."HeldAt" > @now40 OR EXISTS (
        SELECT 1
        FROM "MeetingChildren" AS "m43"
        INNER JOIN "People" AS "p25" ON "m43"."ChildId" = "p25"."Id"
        WHERE "m41"."Id" = "m43"."MeetingId" AND (EXISTS (
            SELECT 1
            FROM "Section47Enquiries" AS "s9"
            WHERE "p25"."Id" = "s9"."ChildId" AND "s9"."StartDate" <= @day41 AND ("s9"."EndDate" IS NULL OR "s9"."EndDate" >= @day42)) OR EXISTS (
            SELECT 1
            FROM "Plans" AS "p26"
            WHERE "p25"."Id" = "p26"."ChildId" AND "p26"."Kind" IN ('ChildProtection', 'PreBirth', 'LookedAfter') AND "p26"."StartDate" <= @day41 AND ("p26"."EndDate" IS NULL OR "p26"."EndDate" >= @day42))))) AND ("m40"."Agency" = @agency45 OR ("m40"."Category" NOT IN ('AssessmentAndCaseNotes', 'ConfidentialAddress') AND EXISTS (
        SELECT 1
        FROM "MeetingInvitations" AS "m44"
        WHERE "m41"."Id" = "m44"."MeetingId" AND "m44"."Agency" = @agency450 AND "m44"."Status" <> 'Apologies' AND "m44"."Status" <> 'DidNotAttend')))
) AS "s21" ON "s20"."Id" = "s21"."MeetingId"
ORDER BY "s20"."HeldAt" DESC, "s20"."Id", "s20"."Id0", "s21"."Id"

-- statement 6
SELECT "s23"."Description", "s23"."OwnerAgency", "s23"."c", "s23"."Id", "s22"."Id", "s22"."Id0"
FROM (
    SELECT "m"."Id", "l"."Id" AS "Id0", "m"."HeldAt"
    FROM "Meetings" AS "m"
    INNER JOIN "LocalAuthorities" AS "l" ON "m"."LocalAuthorityId" = "l"."Id"
    WHERE "m"."Kind" = 'StrategyDiscussion' AND "l"."Code" IN (@councils44, @councils45, @councils46, @councils48, @councils49, @councils50, @councils51, @councils52, @councils53, @councils55) AND EXISTS (
        SELECT 1
        FROM "MeetingInvitations" AS "m0"
        WHERE "m"."Id" = "m0"."MeetingId" AND "m0"."Agency" = @agency) AND ("m"."HeldAt" > @now OR EXISTS (
        SELECT 1
        FROM "MeetingChildren" AS "m1"
        INNER JOIN "People" AS "p" ON "m1"."ChildId" = "p"."Id"
        WHERE "m"."Id" = "m1"."MeetingId" AND (EXISTS (
            SELECT 1
            FROM "Section47Enquiries" AS "s"
            WHERE "p"."Id" = "s"."ChildId" AND "s"."StartDate" <= @day AND ("s"."EndDate" IS NULL OR "s"."EndDate" >= @day4)) OR EXISTS (
            SELECT 1
            FROM "Plans" AS "p0"
            WHERE "p"."Id" = "p0"."ChildId" AND "p0"."Kind" IN ('ChildProtection', 'PreBirth', 'LookedAfter') AND "p0"."StartDate" <= @day AND ("p0"."EndDate" IS NULL OR "p0"."EndDate" >= @day4))))) AND "m"."HeldAt" >= @Value AND EXISTS (
        SELECT 1
        FROM "MeetingInvitations" AS "m2"
        INNER JOIN "Meetings" AS "m3" ON "m2"."MeetingId" = "m3"."Id"
        INNER JOIN "LocalAuthorities" AS "l0" ON "m3"."LocalAuthorityId" = "l0"."Id"
        WHERE "m"."Id" = "m2"."MeetingId" AND "l0"."Code" IN (@councils841, @councils842, @councils843, @councils844, @councils845, @councils846, @councils847, @councils848, @councils849, @councils850) AND EXISTS (
            SELECT 1
            FROM "MeetingInvitations" AS "m4"
            WHERE "m3"."Id" = "m4"."MeetingId" AND "m4"."Agency" = @agency9) AND ("m3"."HeldAt" > @now10 OR EXISTS (
            SELECT 1
            FROM "MeetingChildren" AS "m5"
            INNER JOIN "People" AS "p1" ON "m5"."ChildId" = "p1"."Id"
            WHERE "m3"."Id" = "m5"."MeetingId" AND (EXISTS (
                SELECT 1
                FROM "Section47Enquiries" AS "s0"
                WHERE "p1"."Id" = "s0"."ChildId" AND "s0"."StartDate" <= @day11 AND ("s0"."EndDate" IS NULL OR "s0"."EndDate" >= @day12)) OR EXISTS (
                SELECT 1
                FROM "Plans" AS "p2"
                WHERE "p1"."Id" = "p2"."ChildId" AND "p2"."Kind" IN ('ChildProtection', 'PreBirth', 'LookedAfter') AND "p2"."StartDate" <= @day11 AND ("p2"."EndDate" IS NULL OR "p2"."EndDate" >= @day12))))) AND "m2"."Agency" = @Value15)
    ORDER BY "m"."HeldAt" DESC, "m"."Id", "l"."Id"
    LIMIT @p
) AS "s22"
INNER JOIN (
    SELECT "m59"."Description", "m59"."OwnerAgency", 0 AS "c", "m59"."Id", "m59"."MeetingId"
    FROM "MeetingActions" AS "m59"
    INNER JOIN "Meetings" AS "m60" ON "m59"."MeetingId" = "m60"."Id"
    INNER JOIN "LocalAuthorities" AS "l12" ON "m60"."LocalAuthorityId" = "l12"."Id"
    WHERE "l12"."Code" IN (@councils541, @councils542, @councils543, @councils544, @councils545, @councils546, @councils547, @councils548, @councils549, @councils5410) AND EXISTS (
        SELECT 1
        FROM "MeetingInvitations" AS "m61"
        WHERE "m60"."Id" = "m61"."MeetingId" AND "m61"."Agency" = @agency55) AND ("m60"."HeldAt" > @now56 OR EXISTS (
        SELECT 1
        FROM "MeetingChildren" AS "m62"
        INNER JOIN "People" AS "p37" ON "m62"."ChildId" = "p37"."Id"
        WHERE "m60"."Id" = "m62"."MeetingId" AND (EXISTS (
            SELECT 1
            FROM "Section47Enquiries" AS "s15"
            WHERE "p37"."Id" = "s15"."ChildId" AND "s15"."StartDate" <= @day57 AND ("s15"."EndDate" IS NULL OR "s15"."EndDate" >= @day58)) OR EXISTS (
            SELECT 1
            FROM "Plans" AS "p38"
            WHERE "p37"."Id" = "p38"."ChildId" AND "p38"."Kind" IN ('ChildProtection', 'PreBirth', 'LookedAfter') AND "p38"."StartDate" <= @day57 AND ("p38"."EndDate" IS NULL OR "p38"."EndDate" >= @day58)))))
) AS "s23" ON "s22"."Id" = "s23"."MeetingId"
ORDER BY "s22"."HeldAt" DESC, "s22"."Id", "s22"."Id0", "s23"."Id"

-- statement 7
SELECT "m"."MeetingId" AS "K", "m"."ChildId" AS "C"
FROM "MeetingChildren" AS "m"
WHERE "m"."MeetingId" IN (@keys1, @keys2, @keys3, @keys4)

-- statement 8
SELECT "m"."Id" AS "K", "m0"."ChildId" AS "C"
FROM "MeetingInvitations" AS "m"
INNER JOIN "MeetingChildren" AS "m0" ON "m"."MeetingId" = "m0"."MeetingId"
WHERE "m"."Id" IN (@keys1, @keys2, @keys3, @keys4, @keys5, @keys6, @keys7, @keys8, @keys9, @keys10)

-- statement 9
SELECT "m"."MeetingId" AS "K", "m"."ChildId" AS "C"
FROM "MeetingChildren" AS "m"
WHERE "m"."MeetingId" IN (@keys1, @keys2)

-- statement 10
SELECT "m"."Id" AS "K", "m0"."ChildId" AS "C"
FROM "MeetingContributions" AS "m"
INNER JOIN "MeetingChildren" AS "m0" ON "m"."MeetingId" = "m0"."MeetingId"
WHERE "m"."Id" IN (@keys1, @keys2, @keys3) AND ("m"."ChildId" IS NULL OR "m"."ChildId" = "m0"."ChildId")

-- statement 11
SELECT "m"."Id" AS "K", "m0"."ChildId" AS "C"
FROM "MeetingActions" AS "m"
INNER JOIN "MeetingChildren" AS "m0" ON "m"."MeetingId" = "m0"."MeetingId"
WHERE "m"."Id" IN (@keys1, @keys2) AND ("m"."ChildId" IS NULL OR "m"."ChildId" = "m0"."ChildId")

-- statement 12
SELECT "p"."Id", 1, (EXISTS (
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
        WHERE "p1"."Id" = "p2"."PlanId" AND "p2"."Agency" = @agency0))), EXISTS (
    SELECT 1
    FROM "Consents" AS "c"
    WHERE "p"."Id" = "c"."ChildId" AND "c"."GivenAt" <= @at AND ("c"."WithdrawnAt" IS NULL OR "c"."WithdrawnAt" > @at8) AND EXISTS (
        SELECT 1
        FROM "ConsentScopes" AS "c0"
        WHERE "c"."Id" = "c0"."ConsentId" AND "c0"."Agency" = @agency9 AND "c0"."Category" = @category)), EXISTS (
    SELECT 1
    FROM "EmergencyAccessGrants" AS "e"
    WHERE "p"."Id" = "e"."ChildId" AND "e"."Subject" = @subject AND "e"."GrantedAt" <= @at12 AND "e"."ExpiresAt" > @at120 AND "e"."RevokedAt" IS NULL)
FROM "People" AS "p"
WHERE "p"."Id" IN (@ids1, @ids2, @ids3, @ids4)

-- statement 13
SELECT "p"."Id", "p"."CaseHoldingHubId" AS "Hub"
FROM "People" AS "p"
WHERE "p"."Id" IN (@children1, @children2, @children3, @children4) AND "p"."CaseHoldingHubId" IS NOT NULL

