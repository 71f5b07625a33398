-- statement 1
SELECT p."NhsNumber"::text, NOT EXISTS (
    SELECT 1
    FROM "Plans" AS p6
    WHERE p."Id" = p6."ChildId" AND p6."Kind" = 'ChildProtection' AND (p6."EndDate" IS NULL OR p6."EndDate" >= @Today)) OR (
    SELECT p8."Kind"
    FROM "Plans" AS p7
    INNER JOIN "People" AS p8 ON p7."ChildId" = p8."Id"
    WHERE p."Id" = p7."ChildId" AND p7."Kind" = 'ChildProtection' AND (p7."EndDate" IS NULL OR p7."EndDate" >= @Today)
    ORDER BY p7."StartDate" DESC
    LIMIT 1) <> 'Child' OR (
    SELECT p8."Kind"
    FROM "Plans" AS p7
    INNER JOIN "People" AS p8 ON p7."ChildId" = p8."Id"
    WHERE p."Id" = p7."ChildId" AND p7."Kind" = 'ChildProtection' AND (p7."EndDate" IS NULL OR p7."EndDate" >= @Today)
    ORDER BY p7."StartDate" DESC
    LIMIT 1) IS NULL OR (
    SELECT l0."Id"
    FROM "Plans" AS p9
    INNER JOIN "People" AS p10 ON p9."ChildId" = p10."Id"
    LEFT JOIN "LocalAuthorities" AS l0 ON p10."LocalAuthorityId" = l0."Id"
    WHERE p."Id" = p9."ChildId" AND p9."Kind" = 'ChildProtection' AND (p9."EndDate" IS NULL OR p9."EndDate" >= @Today)
    ORDER BY p9."StartDate" DESC
    LIMIT 1) IS NULL OR (NOT ((
    SELECT l1."Code"
    FROM "Plans" AS p11
    INNER JOIN "People" AS p12 ON p11."ChildId" = p12."Id"
    LEFT JOIN "LocalAuthorities" AS l1 ON p12."LocalAuthorityId" = l1."Id"
    WHERE p."Id" = p11."ChildId" AND p11."Kind" = 'ChildProtection' AND (p11."EndDate" IS NULL OR p11."EndDate" >= @Today)
    ORDER BY p11."StartDate" DESC
    LIMIT 1) = ANY (@councils35) AND (
    SELECT l1."Code"
    FROM "Plans" AS p11
    INNER JOIN "People" AS p12 ON p11."ChildId" = p12."Id"
    LEFT JOIN "LocalAuthorities" AS l1 ON p12."LocalAuthorityId" = l1."Id"
    WHERE p."Id" = p11."ChildId" AND p11."Kind" = 'ChildProtection' AND (p11."EndDate" IS NULL OR p11."EndDate" >= @Today)
    ORDER BY p11."StartDate" DESC
    LIMIT 1) = ANY (@councils35) IS NOT NULL) AND ((
    SELECT l1."Code"
    FROM "Plans" AS p11
    INNER JOIN "People" AS p12 ON p11."ChildId" = p12."Id"
    LEFT JOIN "LocalAuthorities" AS l1 ON p12."LocalAuthorityId" = l1."Id"
    WHERE p."Id" = p11."ChildId" AND p11."Kind" = 'ChildProtection' AND (p11."EndDate" IS NULL OR p11."EndDate" >= @Today)
    ORDER BY p11."StartDate" DESC
    LIMIT 1) IS NOT NULL OR array_position(@councils35, NULL) IS NULL)) OR (((NOT EXISTS (
    SELECT 1
    FROM "Section47Enquiries" AS s1
    WHERE (
        SELECT p14."Id"
        FROM "Plans" AS p13
        INNER JOIN "People" AS p14 ON p13."ChildId" = p14."Id"
        WHERE p."Id" = p13."ChildId" AND p13."Kind" = 'ChildProtection' AND (p13."EndDate" IS NULL OR p13."EndDate" >= @Today)
        ORDER BY p13."StartDate" DESC
        LIMIT 1) IS NOT NULL AND (
        SELECT p16."Id"
        FROM "Plans" AS p15
        INNER JOIN "People" AS p16 ON p15."ChildId" = p16."Id"
        WHERE p."Id" = p15."ChildId" AND p15."Kind" = 'ChildProtection' AND (p15."EndDate" IS NULL OR p15."EndDate" >= @Today)
        ORDER BY p15."StartDate" DESC
        LIMIT 1) = s1."ChildId" AND s1."StartDate" <= @day37 AND (s1."EndDate" IS NULL OR s1."EndDate" >= @day38)) AND NOT EXISTS (
    SELECT 1
    FROM "Plans" AS p17
    WHERE (
        SELECT p19."Id"
        FROM "Plans" AS p18
        INNER JOIN "People" AS p19 ON p18."ChildId" = p19."Id"
        WHERE p."Id" = p18."ChildId" AND p18."Kind" = 'ChildProtection' AND (p18."EndDate" IS NULL OR p18."EndDate" >= @Today)
        ORDER BY p18."StartDate" DESC
        LIMIT 1) IS NOT NULL AND (
        SELECT p21."Id"
        FROM "Plans" AS p20
        INNER JOIN "People" AS p21 ON p20."ChildId" = p21."Id"
        WHERE p."Id" = p20."ChildId" AND p20."Kind" = 'ChildProtection' AND (p20."EndDate" IS NULL OR p20."EndDate" >= @Today)
        ORDER BY p20."StartDate" DESC
        LIMIT 1) = p17."ChildId" AND (p17."Kind" = 'ChildProtection' OR p17."Kind" = 'PreBirth' OR p17."Kind" = 'LookedAfter') AND p17."StartDate" <= @day37 AND (p17."EndDate" IS NULL OR p17."EndDate" >= @day38))) OR (NOT EXISTS (
    SELECT 1
    FROM "MeetingChildren" AS m5
    INNER JOIN "Meetings" AS m6 ON m5."MeetingId" = m6."Id"
    WHERE (
        SELECT p23."Id"
        FROM "Plans" AS p22
        INNER JOIN "People" AS p23 ON p22."ChildId" = p23."Id"
        WHERE p."Id" = p22."ChildId" AND p22."Kind" = 'ChildProtection' AND (p22."EndDate" IS NULL OR p22."EndDate" >= @Today)
        ORDER BY p22."StartDate" DESC
        LIMIT 1) IS NOT NULL AND (
        SELECT p25."Id"
        FROM "Plans" AS p24
        INNER JOIN "People" AS p25 ON p24."ChildId" = p25."Id"
        WHERE p."Id" = p24."ChildId" AND p24."Kind" = 'ChildProtection' AND (p24."EndDate" IS NULL OR p24."EndDate" >= @Today)
        ORDER BY p24."StartDate" DESC
        LIMIT 1) = m5."ChildId" AND EXISTS (
        SELECT 1
        FROM "MeetingInvitations" AS m7
        WHERE m6."Id" = m7."MeetingId" AND m7."Agency" = @agency43)) AND NOT EXISTS (
    SELECT 1
    FROM "Plans" AS p26
    WHERE (
        SELECT p28."Id"
        FROM "Plans" AS p27
        INNER JOIN "People" AS p28 ON p27."ChildId" = p28."Id"
        WHERE p."Id" = p27."ChildId" AND p27."Kind" = 'ChildProtection' AND (p27."EndDate" IS NULL OR p27."EndDate" >= @Today)
        ORDER BY p27."StartDate" DESC
        LIMIT 1) IS NOT NULL AND (
        SELECT p30."Id"
        FROM "Plans" AS p29
        INNER JOIN "People" AS p30 ON p29."ChildId" = p30."Id"
        WHERE p."Id" = p29."ChildId" AND p29."Kind" = 'ChildProtection' AND (p29."EndDate" IS NULL OR p29."EndDate" >= @Today)
        ORDER BY p29."StartDate" DESC
        LIMIT 1) = p26."ChildId" AND EXISTS (
        SELECT 1
        FROM "PlanMembers" AS p31
        WHERE p26."Id" = p31."PlanId" AND p31."Agency" = @agency430)))) AND ((
    SELECT p33."NhsNumber"
    FROM "Plans" AS p32
    INNER JOIN "People" AS p33 ON p32."ChildId" = p33."Id"
    WHERE p."Id" = p32."ChildId" AND p32."Kind" = 'ChildProtection' AND (p32."EndDate" IS NULL OR p32."EndDate" >= @Today)
    ORDER BY p32."StartDate" DESC
    LIMIT 1) IS NULL OR (NOT ((
    SELECT p35."NhsNumber"
    FROM "Plans" AS p34
    INNER JOIN "People" AS p35 ON p34."ChildId" = p35."Id"
    WHERE p."Id" = p34."ChildId" AND p34."Kind" = 'ChildProtection' AND (p34."EndDate" IS NULL OR p34."EndDate" >= @Today)
    ORDER BY p34."StartDate" DESC
    LIMIT 1)::text = ANY (@numbers48) AND (
    SELECT p35."NhsNumber"
    FROM "Plans" AS p34
    INNER JOIN "People" AS p35 ON p34."ChildId" = p35."Id"
    WHERE p."Id" = p34."ChildId" AND p34."Kind" = 'ChildProtection' AND (p34."EndDate" IS NULL OR p34."EndDate" >= @Today)
    ORDER BY p34."StartDate" DESC
    LIMIT 1)::text = ANY (@numbers48) IS NOT NULL) AND ((
    SELECT p35."NhsNumber"
    FROM "Plans" AS p34
    INNER JOIN "People" AS p35 ON p34."ChildId" = p35."Id"
    WHERE p."Id" = p34."ChildId" AND p34."Kind" = 'ChildProtection' AND (p34."EndDate" IS NULL OR p34."EndDate" >= @Today)
    ORDER BY p34."StartDate" DESC
    LIMIT 1)::text IS NOT NULL OR array_position(@numbers48, NULL) IS NULL))) AND NOT EXISTS (
    SELECT 1
    FROM "Consents" AS c3
    WHERE (
        SELECT p37."Id"
        FROM "Plans" AS p36
        INNER JOIN "People" AS p37 ON p36."ChildId" = p37."Id"
        WHERE p."Id" = p36."ChildId" AND p36."Kind" = 'ChildProtection' AND (p36."EndDate" IS NULL OR p36."EndDate" >= @Today)
        ORDER BY p36."StartDate" DESC
        LIMIT 1) IS NOT NULL AND (
        SELECT p39."Id"
        FROM "Plans" AS p38
        INNER JOIN "People" AS p39 ON p38."ChildId" = p39."Id"
        WHERE p."Id" = p38."ChildId" AND p38."Kind" = 'ChildProtection' AND (p38."EndDate" IS NULL OR p38."EndDate" >= @Today)
        ORDER BY p38."StartDate" DESC
        LIMIT 1) = c3."ChildId" AND c3."GivenAt" <= @at50 AND (c3."WithdrawnAt" IS NULL OR c3."WithdrawnAt" > @at51) AND EXISTS (
        SELECT 1
        FROM "ConsentScopes" AS c4
        WHERE c3."Id" = c4."ConsentId" AND c4."Agency" = @agency52 AND c4."Category" = @category53)) AND NOT EXISTS (
    SELECT 1
    FROM "EmergencyAccessGrants" AS e1
    WHERE (
        SELECT p41."Id"
        FROM "Plans" AS p40
        INNER JOIN "People" AS p41 ON p40."ChildId" = p41."Id"
        WHERE p."Id" = p40."ChildId" AND p40."Kind" = 'ChildProtection' AND (p40."EndDate" IS NULL OR p40."EndDate" >= @Today)
        ORDER BY p40."StartDate" DESC
        LIMIT 1) IS NOT NULL AND (
        SELECT p43."Id"
        FROM "Plans" AS p42
        INNER JOIN "People" AS p43 ON p42."ChildId" = p43."Id"
        WHERE p."Id" = p42."ChildId" AND p42."Kind" = 'ChildProtection' AND (p42."EndDate" IS NULL OR p42."EndDate" >= @Today)
        ORDER BY p42."StartDate" DESC
        LIMIT 1) = e1."ChildId" AND e1."Subject" = @subject55 AND e1."GrantedAt" <= @at56 AND e1."ExpiresAt" > @at560 AND e1."RevokedAt" IS NULL)) OR (((NOT EXISTS (
    SELECT 1
    FROM "Section47Enquiries" AS s2
    WHERE (
        SELECT p45."Id"
        FROM "Plans" AS p44
        INNER JOIN "People" AS p45 ON p44."ChildId" = p45."Id"
        WHERE p."Id" = p44."ChildId" AND p44."Kind" = 'ChildProtection' AND (p44."EndDate" IS NULL OR p44."EndDate" >= @Today)
        ORDER BY p44."StartDate" DESC
        LIMIT 1) IS NOT NULL AND (
        SELECT p47."Id"
        FROM "Plans" AS p46
        INNER JOIN "People" AS p47 ON p46."ChildId" = p47."Id"
        WHERE p."Id" = p46."ChildId" AND p46."Kind" = 'ChildProtection' AND (p46."EndDate" IS NULL OR p46."EndDate" >= @Today)
        ORDER BY p46."StartDate" DESC
        LIMIT 1) = s2."ChildId" AND s2."StartDate" <= @day59 AND (s2."EndDate" IS NULL OR s2."EndDate" >= @day60)) AND NOT EXISTS (
    SELECT 1
    FROM "Plans" AS p48
    WHERE (
        SELECT p50."Id"
        FROM "Plans" AS p49
        INNER JOIN "People" AS p50 ON p49."ChildId" = p50."Id"
        WHERE p."Id" = p49."ChildId" AND p49."Kind" = 'ChildProtection' AND (p49."EndDate" IS NULL OR p49."EndDate" >= @Today)
        ORDER BY p49."StartDate" DESC
        LIMIT 1) IS NOT NULL AND (
        SELECT p52."Id"
        FROM "Plans" AS p51
        INNER JOIN "People" AS p52 ON p51."ChildId" = p52."Id"
        WHERE p."Id" = p51."ChildId" AND p51."Kind" = 'ChildProtection' AND (p51."EndDate" IS NULL OR p51."EndDate" >= @Today)
        ORDER BY p51."StartDate" DESC
        LIMIT 1) = p48."ChildId" AND (p48."Kind" = 'ChildProtection' OR p48."Kind" = 'PreBirth' OR p48."Kind" = 'LookedAfter') AND p48."StartDate" <= @day59 AND (p48."EndDate" IS NULL OR p48."EndDate" >= @day60))) OR (NOT EXISTS (
    SELECT 1
    FROM "MeetingChildren" AS m8
    INNER JOIN "Meetings" AS m9 ON m8."MeetingId" = m9."Id"
    WHERE (
        SELECT p54."Id"
        FROM "Plans" AS p53
        INNER JOIN "People" AS p54 ON p53."ChildId" = p54."Id"
        WHERE p."Id" = p53."ChildId" AND p53."Kind" = 'ChildProtection' AND (p53."EndDate" IS NULL OR p53."EndDate" >= @Today)
        ORDER BY p53."StartDate" DESC
        LIMIT 1) IS NOT NULL AND (
        SELECT p56."Id"
        FROM "Plans" AS p55
        INNER JOIN "People" AS p56 ON p55."ChildId" = p56."Id"
        WHERE p."Id" = p55."ChildId" AND p55."Kind" = 'ChildProtection' AND (p55."EndDate" IS NULL OR p55."EndDate" >= @Today)
        ORDER BY p55."StartDate" DESC
        LIMIT 1) = m8."ChildId" AND EXISTS (
        SELECT 1
        FROM "MeetingInvitations" AS m10
        WHERE m9."Id" = m10."MeetingId" AND m10."Agency" = @agency65)) AND NOT EXISTS (
    SELECT 1
    FROM "Plans" AS p57
    WHERE (
        SELECT p59."Id"
        FROM "Plans" AS p58
        INNER JOIN "People" AS p59 ON p58."ChildId" = p59."Id"
        WHERE p."Id" = p58."ChildId" AND p58."Kind" = 'ChildProtection' AND (p58."EndDate" IS NULL OR p58."EndDate" >= @Today)
        ORDER BY p58."StartDate" DESC
        LIMIT 1) IS NOT NULL AND (
        SELECT p61."Id"
        FROM "Plans" AS p60
        INNER JOIN "People" AS p61 ON p60."ChildId" = p61."Id"
        WHERE p."Id" = p60."ChildId" AND p60."Kind" = 'ChildProtection' AND (p60."EndDate" IS NULL OR p60."EndDate" >= @Today)
        ORDER BY p60."StartDate" DESC
        LIMIT 1) = p57."ChildId" AND EXISTS (
        SELECT 1
        FROM "PlanMembers" AS p62
        WHERE p57."Id" = p62."PlanId" AND p62."Agency" = @agency650)))) AND ((
    SELECT p64."NhsNumber"
    FROM "Plans" AS p63
    INNER JOIN "People" AS p64 ON p63."ChildId" = p64."Id"
    WHERE p."Id" = p63."ChildId" AND p63."Kind" = 'ChildProtection' AND (p63."EndDate" IS NULL OR p63."EndDate" >= @Today)
    ORDER BY p63."StartDate" DESC
    LIMIT 1) IS NULL OR (NOT ((
    SELECT p66."NhsNumber"
    FROM "Plans" AS p65
    INNER JOIN "People" AS p66 ON p65."ChildId" = p66."Id"
    WHERE p."Id" = p65."ChildId" AND p65."Kind" = 'ChildProtection' AND (p65."EndDate" IS NULL OR p65."EndDate" >= @Today)
    ORDER BY p65."StartDate" DESC
    LIMIT 1)::text = ANY (@numbers70) AND (
    SELECT p66."NhsNumber"
    FROM "Plans" AS p65
    INNER JOIN "People" AS p66 ON p65."ChildId" = p66."Id"
    WHERE p."Id" = p65."ChildId" AND p65."Kind" = 'ChildProtection' AND (p65."EndDate" IS NULL OR p65."EndDate" >= @Today)
    ORDER BY p65."StartDate" DESC
    LIMIT 1)::text = ANY (@numbers70) IS NOT NULL) AND ((
    SELECT p66."NhsNumber"
    FROM "Plans" AS p65
    INNER JOIN "People" AS p66 ON p65."ChildId" = p66."Id"
    WHERE p."Id" = p65."ChildId" AND p65."Kind" = 'ChildProtection' AND (p65."EndDate" IS NULL OR p65."EndDate" >= @Today)
    ORDER BY p65."StartDate" DESC
    LIMIT 1)::text IS NOT NULL OR array_position(@numbers70, NULL) IS NULL))) AND NOT EXISTS (
    SELECT 1
    FROM "Consents" AS c5
    WHERE (
        SELECT p68."Id"
        FROM "Plans" AS p67
        INNER JOIN "People" AS p68 ON p67."ChildId" = p68."Id"
        WHERE p."Id" = p67."ChildId" AND p67."Kind" = 'ChildProtection' AND (p67."EndDate" IS NULL OR p67."EndDate" >= @Today)
        ORDER BY p67."StartDate" DESC
        LIMIT 1) IS NOT NULL AND (
        SELECT p70."Id"
        FROM "Plans" AS p69
        INNER JOIN "People" AS p70 ON p69."ChildId" = p70."Id"
        WHERE p."Id" = p69."ChildId" AND p69."Kind" = 'ChildProtection' AND (p69."EndDate" IS NULL OR p69."EndDate" >= @Today)
        ORDER BY p69."StartDate" DESC
        LIMIT 1) = c5."ChildId" AND c5."GivenAt" <= @at72 AND (c5."WithdrawnAt" IS NULL OR c5."WithdrawnAt" > @at73) AND EXISTS (
        SELECT 1
        FROM "ConsentScopes" AS c6
        WHERE c5."Id" = c6."ConsentId" AND c6."Agency" = @agency74 AND c6."Category" = @category75)) AND NOT EXISTS (
    SELECT 1
    FROM "EmergencyAccessGrants" AS e2
    WHERE (
        SELECT p72."Id"
        FROM "Plans" AS p71
        INNER JOIN "People" AS p72 ON p71."ChildId" = p72."Id"
        WHERE p."Id" = p71."ChildId" AND p71."Kind" = 'ChildProtection' AND (p71."EndDate" IS NULL OR p71."EndDate" >= @Today)
        ORDER BY p71."StartDate" DESC
        LIMIT 1) IS NOT NULL AND (
        SELECT p74."Id"
        FROM "Plans" AS p73
        INNER JOIN "People" AS p74 ON p73."ChildId" = p74."Id"
        WHERE p."Id" = p73."ChildId" AND p73."Kind" = 'ChildProtection' AND (p73."EndDate" IS NULL OR p73."EndDate" >= @Today)
        ORDER BY p73."StartDate" DESC
        LIMIT 1) = e2."ChildId" AND e2."Subject" = @subject77 AND e2."GrantedAt" <= @at78 AND e2."ExpiresAt" > @at780 AND e2."RevokedAt" IS NULL)), (
    SELECT p75."StartDate"
    FROM "Plans" AS p75
    WHERE p."Id" = p75."ChildId" AND p75."Kind" = 'ChildProtection' AND (p75."EndDate" IS NULL OR p75."EndDate" >= @Today)
    ORDER BY p75."StartDate" DESC
    LIMIT 1), (
    SELECT p76."EndDate"
    FROM "Plans" AS p76
    WHERE p."Id" = p76."ChildId" AND p76."Kind" = 'ChildProtection' AND (p76."EndDate" IS NULL OR p76."EndDate" >= @Today)
    ORDER BY p76."StartDate" DESC
    LIMIT 1), 0, (
    SELECT p77."Id"
    FROM "Plans" AS p77
    WHERE p."Id" = p77."ChildId" AND p77."Kind" = 'ChildProtection' AND (p77."EndDate" IS NULL OR p77."EndDate" >= @Today)
    ORDER BY p77."StartDate" DESC
    LIMIT 1), NOT EXISTS (
    SELECT 1
    FROM "Plans" AS p78
    WHERE p."Id" = p78."ChildId" AND p78."Kind" = 'LookedAfter' AND (p78."EndDate" IS NULL OR p78."EndDate" >= @Today)) OR (
    SELECT p80."Kind"
    FROM "Plans" AS p79
    INNER JOIN "People" AS p80 ON p79."ChildId" = p80."Id"
    WHERE p."Id" = p79."ChildId" AND p79."Kind" = 'LookedAfter' AND (p79."EndDate" IS NULL OR p79."EndDate" >= @Today)
    ORDER BY p79."StartDate" DESC
    LIMIT 1) <> 'Child' OR (
    SELECT p80."Kind"
    FROM "Plans" AS p79
    INNER JOIN "People" AS p80 ON p79."ChildId" = p80."Id"
    WHERE p."Id" = p79."ChildId" AND p79."Kind" = 'LookedAfter' AND (p79."EndDate" IS NULL OR p79."EndDate" >= @Today)
    ORDER BY p79."StartDate" DESC
    LIMIT 1) IS NULL OR (
    SELECT l2."Id"
    FROM "Plans" AS p81
    INNER JOIN "People" AS p82 ON p81."ChildId" = p82."Id"
    LEFT JOIN "LocalAuthorities" AS l2 ON p82."LocalAuthorityId" = l2."Id"
    WHERE p."Id" = p81."ChildId" AND p81."Kind" = 'LookedAfter' AND (p81."EndDate" IS NULL OR p81."EndDate" >= @Today)
    ORDER BY p81."StartDate" DESC
    LIMIT 1) IS NULL OR (NOT ((
    SELECT l3."Code"
    FROM "Plans" AS p83
    INNER JOIN "People" AS p84 ON p83."ChildId" = p84."Id"
    LEFT JOIN "LocalAuthorities" AS l3 ON p84."LocalAuthorityId" = l3."Id"
    WHERE p."Id" = p83."ChildId" AND p83."Kind" = 'LookedAfter' AND (p83."EndDate" IS NULL OR p83."EndDate" >= @Today)
    ORDER BY p83."StartDate" DESC
    LIMIT 1) = ANY (@councils35) AND (
    SELECT l3."Code"
    FROM "Plans" AS p83
    INNER JOIN "People" AS p84 ON p83."ChildId" = p84."Id"
    LEFT JOIN "LocalAuthorities" AS l3 ON p84."LocalAuthorityId" = l3."Id"
    WHERE p."Id" = p83."ChildId" AND p83."Kind" = 'LookedAfter' AND (p83."EndDate" IS NULL OR p83."EndDate" >= @Today)
    ORDER BY p83."StartDate" DESC
    LIMIT 1) = ANY (@councils35) IS NOT NULL) AND ((
    SELECT l3."Code"
    FROM "Plans" AS p83
    INNER JOIN "People" AS p84 ON p83."ChildId" = p84."Id"
    LEFT JOIN "LocalAuthorities" AS l3 ON p84."LocalAuthorityId" = l3."Id"
    WHERE p."Id" = p83."ChildId" AND p83."Kind" = 'LookedAfter' AND (p83."EndDate" IS NULL OR p83."EndDate" >= @Today)
    ORDER BY p83."StartDate" DESC
    LIMIT 1) IS NOT NULL OR array_position(@councils35, NULL) IS NULL)) OR (((NOT EXISTS (
    SELECT 1
    FROM "Section47Enquiries" AS s3
    WHERE (
        SELECT p86."Id"
        FROM "Plans" AS p85
        INNER JOIN "People" AS p86 ON p85."ChildId" = p86."Id"
        WHERE p."Id" = p85."ChildId" AND p85."Kind" = 'LookedAfter' AND (p85."EndDate" IS NULL OR p85."EndDate" >= @Today)
        ORDER BY p85."StartDate" DESC
        LIMIT 1) IS NOT NULL AND (
        SELECT p88."Id"
        FROM "Plans" AS p87
        INNER JOIN "People" AS p88 ON p87."ChildId" = p88."Id"
        WHERE p."Id" = p87."ChildId" AND p87."Kind" = 'LookedAfter' AND (p87."EndDate" IS NULL OR p87."EndDate" >= @Today)
        ORDER BY p87."StartDate" DESC
        LIMIT 1) = s3."ChildId" AND s3."StartDate" <= @day37 AND (s3."EndDate" IS NULL OR s3."EndDate" >= @day38)) AND NOT EXISTS (
    SELECT 1
    FROM "Plans" AS p89
    WHERE (
        SELECT p91."Id"
        FROM "Plans" AS p90
        INNER JOIN "People" AS p91 ON p90."ChildId" = p91."Id"
        WHERE p."Id" = p90."ChildId" AND p90."Kind" = 'LookedAfter' AND (p90."EndDate" IS NULL OR p90."EndDate" >= @Today)
        ORDER BY p90."StartDate" DESC
        LIMIT 1) IS NOT NULL AND (
        SELECT p93."Id"
        FROM "Plans" AS p92
        INNER JOIN "People" AS p93 ON p92."ChildId" = p93."Id"
        WHERE p."Id" = p92."ChildId" AND p92."Kind" = 'LookedAfter' AND (p92."EndDate" IS NULL OR p92."EndDate" >= @Today)
        ORDER BY p92."StartDate" DESC
        LIMIT 1) = p89."ChildId" AND (p89."Kind" = 'ChildProtection' OR p89."Kind" = 'PreBirth' OR p89."Kind" = 'LookedAfter') AND p89."StartDate" <= @day37 AND (p89."EndDate" IS NULL OR p89."EndDate" >= @day38))) OR (NOT EXISTS (
    SELECT 1
    FROM "MeetingChildren" AS m11
    INNER JOIN "Meetings" AS m12 ON m11."MeetingId" = m12."Id"
    WHERE (
        SELECT p95."Id"
        FROM "Plans" AS p94
        INNER JOIN "People" AS p95 ON p94."ChildId" = p95."Id"
        WHERE p."Id" = p94."ChildId" AND p94."Kind" = 'LookedAfter' AND (p94."EndDate" IS NULL OR p94."EndDate" >= @Today)
        ORDER BY p94."StartDate" DESC
        LIMIT 1) IS NOT NULL AND (
        SELECT p97."Id"
        FROM "Plans" AS p96
        INNER JOIN "People" AS p97 ON p96."ChildId" = p97."Id"
        WHERE p."Id" = p96."ChildId" AND p96."Kind" = 'LookedAfter' AND (p96."EndDate" IS NULL OR p96."EndDate" >= @Today)
        ORDER BY p96."StartDate" DESC
        LIMIT 1) = m11."ChildId" AND EXISTS (
        SELECT 1
        FROM "MeetingInvitations" AS m13
        WHERE m12."Id" = m13."MeetingId" AND m13."Agency" = @agency431)) AND NOT EXISTS (
    SELECT 1
    FROM "Plans" AS p98
    WHERE (
        SELECT p100."Id"
        FROM "Plans" AS p99
        INNER JOIN "People" AS p100 ON p99."ChildId" = p100."Id"
        WHERE p."Id" = p99."ChildId" AND p99."Kind" = 'LookedAfter' AND (p99."EndDate" IS NULL OR p99."EndDate" >= @Today)
        ORDER BY p99."StartDate" DESC
        LIMIT 1) IS NOT NULL AND (
        SELECT p102."Id"
        FROM "Plans" AS p101
        INNER JOIN "People" AS p102 ON p101."ChildId" = p102."Id"
        WHERE p."Id" = p101."ChildId" AND p101."Kind" = 'LookedAfter' AND (p101."EndDate" IS NULL OR p101."EndDate" >= @Today)
        ORDER BY p101."StartDate" DESC
        LIMIT 1) = p98."ChildId" AND EXISTS (
        SELECT 1
        FROM "PlanMembers" AS p103
        WHERE p98."Id" = p103."PlanId" AND p103."Agency" = @agency432)))) AND ((
    SELECT p105."NhsNumber"
    FROM "Plans" AS p104
    INNER JOIN "People" AS p105 ON p104."ChildId" = p105."Id"
    WHERE p."Id" = p104."ChildId" AND p104."Kind" = 'LookedAfter' AND (p104."EndDate" IS NULL OR p104."EndDate" >= @Today)
    ORDER BY p104."StartDate" DESC
    LIMIT 1) IS NULL OR (NOT ((
    SELECT p107."NhsNumber"
    FROM "Plans" AS p106
    INNER JOIN "People" AS p107 ON p106."ChildId" = p107."Id"
    WHERE p."Id" = p106."ChildId" AND p106."Kind" = 'LookedAfter' AND (p106."EndDate" IS NULL OR p106."EndDate" >= @Today)
    ORDER BY p106."StartDate" DESC
    LIMIT 1)::text = ANY (@numbers48) AND (
    SELECT p107."NhsNumber"
    FROM "Plans" AS p106
    INNER JOIN "People" AS p107 ON p106."ChildId" = p107."Id"
    WHERE p."Id" = p106."ChildId" AND p106."Kind" = 'LookedAfter' AND (p106."EndDate" IS NULL OR p106."EndDate" >= @Today)
    ORDER BY p106."StartDate" DESC
    LIMIT 1)::text = ANY (@numbers48) IS NOT NULL) AND ((
    SELECT p107."NhsNumber"
    FROM "Plans" AS p106
    INNER JOIN "People" AS p107 ON p106."ChildId" = p107."Id"
    WHERE p."Id" = p106."ChildId" AND p106."Kind" = 'LookedAfter' AND (p106."EndDate" IS NULL OR p106."EndDate" >= @Today)
    ORDER BY p106."StartDate" DESC
    LIMIT 1)::text IS NOT NULL OR array_position(@numbers48, NULL) IS NULL))) AND NOT EXISTS (
    SELECT 1
    FROM "Consents" AS c7
    WHERE (
        SELECT p109."Id"
        FROM "Plans" AS p108
        INNER JOIN "People" AS p109 ON p108."ChildId" = p109."Id"
        WHERE p."Id" = p108."ChildId" AND p108."Kind" = 'LookedAfter' AND (p108."EndDate" IS NULL OR p108."EndDate" >= @Today)
        ORDER BY p108."StartDate" DESC
        LIMIT 1) IS NOT NULL AND (
        SELECT p111."Id"
        FROM "Plans" AS p110
        INNER JOIN "People" AS p111 ON p110."ChildId" = p111."Id"
        WHERE p."Id" = p110."ChildId" AND p110."Kind" = 'LookedAfter' AND (p110."EndDate" IS NULL OR p110."EndDate" >= @Today)
        ORDER BY p110."StartDate" DESC
        LIMIT 1) = c7."ChildId" AND c7."GivenAt" <= @at50 AND (c7."WithdrawnAt" IS NULL OR c7."WithdrawnAt" > @at51) AND EXISTS (
        SELECT 1
        FROM "ConsentScopes" AS c8
        WHERE c7."Id" = c8."ConsentId" AND c8."Agency" = @agency52 AND c8."Category" = @category53)) AND NOT EXISTS (
    SELECT 1
    FROM "EmergencyAccessGrants" AS e3
    WHERE (
        SELECT p113."Id"
        FROM "Plans" AS p112
        INNER JOIN "People" AS p113 ON p112."ChildId" = p113."Id"
        WHERE p."Id" = p112."ChildId" AND p112."Kind" = 'LookedAfter' AND (p112."EndDate" IS NULL OR p112."EndDate" >= @Today)
        ORDER BY p112."StartDate" DESC
        LIMIT 1) IS NOT NULL AND (
        SELECT p115."Id"
        FROM "Plans" AS p114
        INNER JOIN "People" AS p115 ON p114."ChildId" = p115."Id"
        WHERE p."Id" = p114."ChildId" AND p114."Kind" = 'LookedAfter' AND (p114."EndDate" IS NULL OR p114."EndDate" >= @Today)
        ORDER BY p114."StartDate" DESC
        LIMIT 1) = e3."ChildId" AND e3."Subject" = @subject55 AND e3."GrantedAt" <= @at561 AND e3."ExpiresAt" > @at562 AND e3."RevokedAt" IS NULL)) OR (((NOT EXISTS (
    SELECT 1
    FROM "Section47Enquiries" AS s4
    WHERE (
        SELECT p117."Id"
        FROM "Plans" AS p116
        INNER JOIN "People" AS p117 ON p116."ChildId" = p117."Id"
        WHERE p."Id" = p116."ChildId" AND p116."Kind" = 'LookedAfter' AND (p116."EndDate" IS NULL OR p116."EndDate" >= @Today)
        ORDER BY p116."StartDate" DESC
        LIMIT 1) IS NOT NULL AND (
        SELECT p119."Id"
        FROM "Plans" AS p118
        INNER JOIN "People" AS p119 ON p118."ChildId" = p119."Id"
        WHERE p."Id" = p118."ChildId" AND p118."Kind" = 'LookedAfter' AND (p118."EndDate" IS NULL OR p118."EndDate" >= @Today)
        ORDER BY p118."StartDate" DESC
        LIMIT 1) = s4."ChildId" AND s4."StartDate" <= @day59 AND (s4."EndDate" IS NULL OR s4."EndDate" >= @day60)) AND NOT EXISTS (
    SELECT 1
    FROM "Plans" AS p120
    WHERE (
        SELECT p122."Id"
        FROM "Plans" AS p121
        INNER JOIN "People" AS p122 ON p121."ChildId" = p122."Id"
        WHERE p."Id" = p121."ChildId" AND p121."Kind" = 'LookedAfter' AND (p121."EndDate" IS NULL OR p121."EndDate" >= @Today)
        ORDER BY p121."StartDate" DESC
        LIMIT 1) IS NOT NULL AND (
        SELECT p124."Id"
        FROM "Plans" AS p123
        INNER JOIN "People" AS p124 ON p123."ChildId" = p124."Id"
        WHERE p."Id" = p123."ChildId" AND p123."Kind" = 'LookedAfter' AND (p123."EndDate" IS NULL OR p123."EndDate" >= @Today)
        ORDER BY p123."StartDate" DESC
        LIMIT 1) = p120."ChildId" AND (p120."Kind" = 'ChildProtection' OR p120."Kind" = 'PreBirth' OR p120."Kind" = 'LookedAfter') AND p120."StartDate" <= @day59 AND (p120."EndDate" IS NULL OR p120."EndDate" >= @day60))) OR (NOT EXISTS (
    SELECT 1
    FROM "MeetingChildren" AS m14
    INNER JOIN "Meetings" AS m15 ON m14."MeetingId" = m15."Id"
    WHERE (
        SELECT p126."Id"
        FROM "Plans" AS p125
        INNER JOIN "People" AS p126 ON p125."ChildId" = p126."Id"
        WHERE p."Id" = p125."ChildId" AND p125."Kind" = 'LookedAfter' AND (p125."EndDate" IS NULL OR p125."EndDate" >= @Today)
        ORDER BY p125."StartDate" DESC
        LIMIT 1) IS NOT NULL AND (
        SELECT p128."Id"
        FROM "Plans" AS p127
        INNER JOIN "People" AS p128 ON p127."ChildId" = p128."Id"
        WHERE p."Id" = p127."ChildId" AND p127."Kind" = 'LookedAfter' AND (p127."EndDate" IS NULL OR p127."EndDate" >= @Today)
        ORDER BY p127."StartDate" DESC
        LIMIT 1) = m14."ChildId" AND EXISTS (
        SELECT 1
        FROM "MeetingInvitations" AS m16
        WHERE m15."Id" = m16."MeetingId" AND m16."Agency" = @agency651)) AND NOT EXISTS (
    SELECT 1
    FROM "Plans" AS p129
    WHERE (
        SELECT p131."Id"
        FROM "Plans" AS p130
        INNER JOIN "People" AS p131 ON p130."ChildId" = p131."Id"
        WHERE p."Id" = p130."ChildId" AND p130."Kind" = 'LookedAfter' AND (p130."EndDate" IS NULL OR p130."EndDate" >= @Today)
        ORDER BY p130."StartDate" DESC
        LIMIT 1) IS NOT NULL AND (
        SELECT p133."Id"
        FROM "Plans" AS p132
        INNER JOIN "People" AS p133 ON p132."ChildId" = p133."Id"
        WHERE p."Id" = p132."ChildId" AND p132."Kind" = 'LookedAfter' AND (p132."EndDate" IS NULL OR p132."EndDate" >= @Today)
        ORDER BY p132."StartDate" DESC
        LIMIT 1) = p129."ChildId" AND EXISTS (
        SELECT 1
        FROM "PlanMembers" AS p134
        WHERE p129."Id" = p134."PlanId" AND p134."Agency" = @agency652)))) AND ((
    SELECT p136."NhsNumber"
    FROM "Plans" AS p135
    INNER JOIN "People" AS p136 ON p135."ChildId" = p136."Id"
    WHERE p."Id" = p135."ChildId" AND p135."Kind" = 'LookedAfter' AND (p135."EndDate" IS NULL OR p135."EndDate" >= @Today)
    ORDER BY p135."StartDate" DESC
    LIMIT 1) IS NULL OR (NOT ((
    SELECT p138."NhsNumber"
    FROM "Plans" AS p137
    INNER JOIN "People" AS p138 ON p137."ChildId" = p138."Id"
    WHERE p."Id" = p137."ChildId" AND p137."Kind" = 'LookedAfter' AND (p137."EndDate" IS NULL OR p137."EndDate" >= @Today)
    ORDER BY p137."StartDate" DESC
    LIMIT 1)::text = ANY (@numbers70) AND (
    SELECT p138."NhsNumber"
    FROM "Plans" AS p137
    INNER JOIN "People" AS p138 ON p137."ChildId" = p138."Id"
    WHERE p."Id" = p137."ChildId" AND p137."Kind" = 'LookedAfter' AND (p137."EndDate" IS NULL OR p137."EndDate" >= @Today)
    ORDER BY p137."StartDate" DESC
    LIMIT 1)::text = ANY (@numbers70) IS NOT NULL) AND ((
    SELECT p138."NhsNumber"
    FROM "Plans" AS p137
    INNER JOIN "People" AS p138 ON p137."ChildId" = p138."Id"
    WHERE p."Id" = p137."ChildId" AND p137."Kind" = 'LookedAfter' AND (p137."EndDate" IS NULL OR p137."EndDate" >= @Today)
    ORDER BY p137."StartDate" DESC
    LIMIT 1)::text IS NOT NULL OR array_position(@numbers70, NULL) IS NULL))) AND NOT EXISTS (
    SELECT 1
    FROM "Consents" AS c9
    WHERE (
        SELECT p140."Id"
        FROM "Plans" AS p139
        INNER JOIN "People" AS p140 ON p139."ChildId" = p140."Id"
        WHERE p."Id" = p139."ChildId" AND p139."Kind" = 'LookedAfter' AND (p139."EndDate" IS NULL OR p139."EndDate" >= @Today)
        ORDER BY p139."StartDate" DESC
        LIMIT 1) IS NOT NULL AND (
        SELECT p142."Id"
        FROM "Plans" AS p141
        INNER JOIN "People" AS p142 ON p141."ChildId" = p142."Id"
        WHERE p."Id" = p141."ChildId" AND p141."Kind" = 'LookedAfter' AND (p141."EndDate" IS NULL OR p141."EndDate" >= @Today)
        ORDER BY p141."StartDate" DESC
        LIMIT 1) = c9."ChildId" AND c9."GivenAt" <= @at72 AND (c9."WithdrawnAt" IS NULL OR c9."WithdrawnAt" > @at73) AND EXISTS (
        SELECT 1
        FROM "ConsentScopes" AS c10
        WHERE c9."Id" = c10."ConsentId" AND c10."Agency" = @agency74 AND c10."Category" = @category75)) AND NOT EXISTS (
    SELECT 1
    FROM "EmergencyAccessGrants" AS e4
    WHERE (
        SELECT p144."Id"
        FROM "Plans" AS p143
        INNER JOIN "People" AS p144 ON p143."ChildId" = p144."Id"
        WHERE p."Id" = p143."ChildId" AND p143."Kind" = 'LookedAfter' AND (p143."EndDate" IS NULL OR p143."EndDate" >= @Today)
        ORDER BY p143."StartDate" DESC
        LIMIT 1) IS NOT NULL AND (
        SELECT p146."Id"
        FROM "Plans" AS p145
        INNER JOIN "People" AS p146 ON p145."ChildId" = p146."Id"
        WHERE p."Id" = p145."ChildId" AND p145."Kind" = 'LookedAfter' AND (p145."EndDate" IS NULL OR p145."EndDate" >= @Today)
        ORDER BY p145."StartDate" DESC
        LIMIT 1) = e4."ChildId" AND e4."Subject" = @subject77 AND e4."GrantedAt" <= @at781 AND e4."ExpiresAt" > @at782 AND e4."RevokedAt" IS NULL)), (
    SELECT p147."StartDate"
    FROM "Plans" AS p147
    WHERE p."Id" = p147."ChildId" AND p147."Kind" = 'LookedAfter' AND (p147."EndDate" IS NULL OR p147."EndDate" >= @Today)
    ORDER BY p147."StartDate" DESC
    LIMIT 1), (
    SELECT p148."EndDate"
    FROM "Plans" AS p148
    WHERE p."Id" = p148."ChildId" AND p148."Kind" = 'LookedAfter' AND (p148."EndDate" IS NULL OR p148."EndDate" >= @Today)
    ORDER BY p148."StartDate" DESC
    LIMIT 1), (
    SELECT p149."Id"
    FROM "Plans" AS p149
    WHERE p."Id" = p149."ChildId" AND p149."Kind" = 'LookedAfter' AND (p149."EndDate" IS NULL OR p149."EndDate" >= @Today)
    ORDER BY p149."StartDate" DESC
    LIMIT 1), NOT EXISTS (
    SELECT 1
    FROM "Plans" AS p150
    WHERE p."Id" = p150."ChildId" AND p150."Kind" = 'PreBirth' AND (p150."EndDate" IS NULL OR p150."EndDate" >= @Today)) OR (
    SELECT p152."Kind"
    FROM "Plans" AS p151
    INNER JOIN "People" AS p152 ON p151."ChildId" = p152."Id"
    WHERE p."Id" = p151."ChildId" AND p151."Kind" = 'PreBirth' AND (p151."EndDate" IS NULL OR p151."EndDate" >= @Today)
    ORDER BY p151."StartDate" DESC
    LIMIT 1) <> 'Child' OR (
    SELECT p152."Kind"
    FROM "Plans" AS p151
    INNER JOIN "People" AS p152 ON p151."ChildId" = p152."Id"
    WHERE p."Id" = p151."ChildId" AND p151."Kind" = 'PreBirth' AND (p151."EndDate" IS NULL OR p151."EndDate" >= @Today)
    ORDER BY p151."StartDate" DESC
    LIMIT 1) IS NULL OR (
    SELECT l4."Id"
    FROM "Plans" AS p153
    INNER JOIN "People" AS p154 ON p153."ChildId" = p154."Id"
    LEFT JOIN "LocalAuthorities" AS l4 ON p154."LocalAuthorityId" = l4."Id"
    WHERE p."Id" = p153."ChildId" AND p153."Kind" = 'PreBirth' AND (p153."EndDate" IS NULL OR p153."EndDate" >= @Today)
    ORDER BY p153."StartDate" DESC
    LIMIT 1) IS NULL OR (NOT ((
    SELECT l5."Code"
    FROM "Plans" AS p155
    INNER JOIN "People" AS p156 ON p155."ChildId" = p156."Id"
    LEFT JOIN "LocalAuthorities" AS l5 ON p156."LocalAuthorityId" = l5."Id"
    WHERE p."Id" = p155."ChildId" AND p155."Kind" = 'PreBirth' AND (p155."EndDate" IS NULL OR p155."EndDate" >= @Today)
    ORDER BY p155."StartDate" DESC
    LIMIT 1) = ANY (@councils35) AND (
    SELECT l5."Code"
    FROM "Plans" AS p155
    INNER JOIN "People" AS p156 ON p155."ChildId" = p156."Id"
    LEFT JOIN "LocalAuthorities" AS l5 ON p156."LocalAuthorityId" = l5."Id"
    WHERE p."Id" = p155."ChildId" AND p155."Kind" = 'PreBirth' AND (p155."EndDate" IS NULL OR p155."EndDate" >= @Today)
    ORDER BY p155."StartDate" DESC
    LIMIT 1) = ANY (@councils35) IS NOT NULL) AND ((
    SELECT l5."Code"
    FROM "Plans" AS p155
    INNER JOIN "People" AS p156 ON p155."ChildId" = p156."Id"
    LEFT JOIN "LocalAuthorities" AS l5 ON p156."LocalAuthorityId" = l5."Id"
    WHERE p."Id" = p155."ChildId" AND p155."Kind" = 'PreBirth' AND (p155."EndDate" IS NULL OR p155."EndDate" >= @Today)
    ORDER BY p155."StartDate" DESC
    LIMIT 1) IS NOT NULL OR array_position(@councils35, NULL) IS NULL)) OR (((NOT EXISTS (
    SELECT 1
    FROM "Section47Enquiries" AS s5
    WHERE (
        SELECT p158."Id"
        FROM "Plans" AS p157
        INNER JOIN "People" AS p158 ON p157."ChildId" = p158."Id"
        WHERE p."Id" = p157."ChildId" AND p157."Kind" = 'PreBirth' AND (p157."EndDate" IS NULL OR p157."EndDate" >= @Today)
        ORDER BY p157."StartDate" DESC
        LIMIT 1) IS NOT NULL AND (
        SELECT p160."Id"
        FROM "Plans" AS p159
        INNER JOIN "People" AS p160 ON p159."ChildId" = p160."Id"
        WHERE p."Id" = p159."ChildId" AND p159."Kind" = 'PreBirth' AND (p159."EndDate" IS NULL OR p159."EndDate" >= @Today)
        ORDER BY p159."StartDate" DESC
        LIMIT 1) = s5."ChildId" AND s5."StartDate" <= @day37 AND (s5."EndDate" IS NULL OR s5."EndDate" >= @day38)) AND NOT EXISTS (
    SELECT 1
    FROM "Plans" AS p161
    WHERE (
        SELECT p163."Id"
        FROM "Plans" AS p162
        INNER JOIN "People" AS p163 ON p162."ChildId" = p163."Id"
        WHERE p."Id" = p162."ChildId" AND p162."Kind" = 'PreBirth' AND (p162."EndDate" IS NULL OR p162."EndDate" >= @Today)
        ORDER BY p162."StartDate" DESC
        LIMIT 1) IS NOT NULL AND (
        SELECT p165."Id"
        FROM "Plans" AS p164
        INNER JOIN "People" AS p165 ON p164."ChildId" = p165."Id"
        WHERE p."Id" = p164."ChildId" AND p164."Kind" = 'PreBirth' AND (p164."EndDate" IS NULL OR p164."EndDate" >= @Today)
        ORDER BY p164."StartDate" DESC
        LIMIT 1) = p161."ChildId" AND (p161."Kind" = 'ChildProtection' OR p161."Kind" = 'PreBirth' OR p161."Kind" = 'LookedAfter') AND p161."StartDate" <= @day37 AND (p161."EndDate" IS NULL OR p161."EndDate" >= @day38))) OR (NOT EXISTS (
    SELECT 1
    FROM "MeetingChildren" AS m17
    INNER JOIN "Meetings" AS m18 ON m17."MeetingId" = m18."Id"
    WHERE (
        SELECT p167."Id"
        FROM "Plans" AS p166
        INNER JOIN "People" AS p167 ON p166."ChildId" = p167."Id"
        WHERE p."Id" = p166."ChildId" AND p166."Kind" = 'PreBirth' AND (p166."EndDate" IS NULL OR p166."EndDate" >= @Today)
        ORDER BY p166."StartDate" DESC
        LIMIT 1) IS NOT NULL AND (
        SELECT p169."Id"
        FROM "Plans" AS p168
        INNER JOIN "People" AS p169 ON p168."ChildId" = p169."Id"
        WHERE p."Id" = p168."ChildId" AND p168."Kind" = 'PreBirth' AND (p168."EndDate" IS NULL OR p168."EndDate" >= @Today)
        ORDER BY p168."StartDate" DESC
        LIMIT 1) = m17."ChildId" AND EXISTS (
        SELECT 1
        FROM "MeetingInvitations" AS m19
        WHERE m18."Id" = m19."MeetingId" AND m19."Agency" = @agency433)) AND NOT EXISTS (
    SELECT 1
    FROM "Plans" AS p170
    WHERE (
        SELECT p172."Id"
        FROM "Plans" AS p171
        INNER JOIN "People" AS p172 ON p171."ChildId" = p172."Id"
        WHERE p."Id" = p171."ChildId" AND p171."Kind" = 'PreBirth' AND (p171."EndDate" IS NULL OR p171."EndDate" >= @Today)
        ORDER BY p171."StartDate" DESC
        LIMIT 1) IS NOT NULL AND (
        SELECT p174."Id"
        FROM "Plans" AS p173
        INNER JOIN "People" AS p174 ON p173."ChildId" = p174."Id"
        WHERE p."Id" = p173."ChildId" AND p173."Kind" = 'PreBirth' AND (p173."EndDate" IS NULL OR p173."EndDate" >= @Today)
        ORDER BY p173."StartDate" DESC
        LIMIT 1) = p170."ChildId" AND EXISTS (
        SELECT 1
        FROM "PlanMembers" AS p175
        WHERE p170."Id" = p175."PlanId" AND p175."Agency" = @agency434)))) AND ((
    SELECT p177."NhsNumber"
    FROM "Plans" AS p176
    INNER JOIN "People" AS p177 ON p176."ChildId" = p177."Id"
    WHERE p."Id" = p176."ChildId" AND p176."Kind" = 'PreBirth' AND (p176."EndDate" IS NULL OR p176."EndDate" >= @Today)
    ORDER BY p176."StartDate" DESC
    LIMIT 1) IS NULL OR (NOT ((
    SELECT p179."NhsNumber"
    FROM "Plans" AS p178
    INNER JOIN "People" AS p179 ON p178."ChildId" = p179."Id"
    WHERE p."Id" = p178."ChildId" AND p178."Kind" = 'PreBirth' AND (p178."EndDate" IS NULL OR p178."EndDate" >= @Today)
    ORDER BY p178."StartDate" DESC
    LIMIT 1)::text = ANY (@numbers48) AND (
    SELECT p179."NhsNumber"
    FROM "Plans" AS p178
    INNER JOIN "People" AS p179 ON p178."ChildId" = p179."Id"
    WHERE p."Id" = p178."ChildId" AND p178."Kind" = 'PreBirth' AND (p178."EndDate" IS NULL OR p178."EndDate" >= @Today)
    ORDER BY p178."StartDate" DESC
    LIMIT 1)::text = ANY (@numbers48) IS NOT NULL) AND ((
    SELECT p179."NhsNumber"
    FROM "Plans" AS p178
    INNER JOIN "People" AS p179 ON p178."ChildId" = p179."Id"
    WHERE p."Id" = p178."ChildId" AND p178."Kind" = 'PreBirth' AND (p178."EndDate" IS NULL OR p178."EndDate" >= @Today)
    ORDER BY p178."StartDate" DESC
    LIMIT 1)::text IS NOT NULL OR array_position(@numbers48, NULL) IS NULL))) AND NOT EXISTS (
    SELECT 1
    FROM "Consents" AS c11
    WHERE (
        SELECT p181."Id"
        FROM "Plans" AS p180
        INNER JOIN "People" AS p181 ON p180."ChildId" = p181."Id"
        WHERE p."Id" = p180."ChildId" AND p180."Kind" = 'PreBirth' AND (p180."EndDate" IS NULL OR p180."EndDate" >= @Today)
        ORDER BY p180."StartDate" DESC
        LIMIT 1) IS NOT NULL AND (
        SELECT p183."Id"
        FROM "Plans" AS p182
        INNER JOIN "People" AS p183 ON p182."ChildId" = p183."Id"
        WHERE p."Id" = p182."ChildId" AND p182."Kind" = 'PreBirth' AND (p182."EndDate" IS NULL OR p182."EndDate" >= @Today)
        ORDER BY p182."StartDate" DESC
        LIMIT 1) = c11."ChildId" AND c11."GivenAt" <= @at50 AND (c11."WithdrawnAt" IS NULL OR c11."WithdrawnAt" > @at51) AND EXISTS (
        SELECT 1
        FROM "ConsentScopes" AS c12
        WHERE c11."Id" = c12."ConsentId" AND c12."Agency" = @agency52 AND c12."Category" = @category53)) AND NOT EXISTS (
    SELECT 1
    FROM "EmergencyAccessGrants" AS e5
    WHERE (
        SELECT p185."Id"
        FROM "Plans" AS p184
        INNER JOIN "People" AS p185 ON p184."ChildId" = p185."Id"
        WHERE p."Id" = p184."ChildId" AND p184."Kind" = 'PreBirth' AND (p184."EndDate" IS NULL OR p184."EndDate" >= @Today)
        ORDER BY p184."StartDate" DESC
        LIMIT 1) IS NOT NULL AND (
        SELECT p187."Id"
        FROM "Plans" AS p186
        INNER JOIN "People" AS p187 ON p186."ChildId" = p187."Id"
        WHERE p."Id" = p186."ChildId" AND p186."Kind" = 'PreBirth' AND (p186."EndDate" IS NULL OR p186."EndDate" >= @Today)
        ORDER BY p186."StartDate" DESC
        LIMIT 1) = e5."ChildId" AND e5."Subject" = @subject55 AND e5."GrantedAt" <= @at563 AND e5."ExpiresAt" > @at564 AND e5."RevokedAt" IS NULL)) OR (((NOT EXISTS (
    SELECT 1
    FROM "Section47Enquiries" AS s6
    WHERE (
        SELECT p189."Id"
        FROM "Plans" AS p188
        INNER JOIN "People" AS p189 ON p188."ChildId" = p189."Id"
        WHERE p."Id" = p188."ChildId" AND p188."Kind" = 'PreBirth' AND (p188."EndDate" IS NULL OR p188."EndDate" >= @Today)
        ORDER BY p188."StartDate" DESC
        LIMIT 1) IS NOT NULL AND (
        SELECT p191."Id"
        FROM "Plans" AS p190
        INNER JOIN "People" AS p191 ON p190."ChildId" = p191."Id"
        WHERE p."Id" = p190."ChildId" AND p190."Kind" = 'PreBirth' AND (p190."EndDate" IS NULL OR p190."EndDate" >= @Today)
        ORDER BY p190."StartDate" DESC
        LIMIT 1) = s6."ChildId" AND s6."StartDate" <= @day59 AND (s6."EndDate" IS NULL OR s6."EndDate" >= @day60)) AND NOT EXISTS (
    SELECT 1
    FROM "Plans" AS p192
    WHERE (
        SELECT p194."Id"
        FROM "Plans" AS p193
        INNER JOIN "People" AS p194 ON p193."ChildId" = p194."Id"
        WHERE p."Id" = p193."ChildId" AND p193."Kind" = 'PreBirth' AND (p193."EndDate" IS NULL OR p193."EndDate" >= @Today)
        ORDER BY p193."StartDate" DESC
        LIMIT 1) IS NOT NULL AND (
        SELECT p196."Id"
        FROM "Plans" AS p195
        INNER JOIN "People" AS p196 ON p195."ChildId" = p196."Id"
        WHERE p."Id" = p195."ChildId" AND p195."Kind" = 'PreBirth' AND (p195."EndDate" IS NULL OR p195."EndDate" >= @Today)
        ORDER BY p195."StartDate" DESC
        LIMIT 1) = p192."ChildId" AND (p192."Kind" = 'ChildProtection' OR p192."Kind" = 'PreBirth' OR p192."Kind" = 'LookedAfter') AND p192."StartDate" <= @day59 AND (p192."EndDate" IS NULL OR p192."EndDate" >= @day60))) OR (NOT EXISTS (
    SELECT 1
    FROM "MeetingChildren" AS m20
    INNER JOIN "Meetings" AS m21 ON m20."MeetingId" = m21."Id"
    WHERE (
        SELECT p198."Id"
        FROM "Plans" AS p197
        INNER JOIN "People" AS p198 ON p197."ChildId" = p198."Id"
        WHERE p."Id" = p197."ChildId" AND p197."Kind" = 'PreBirth' AND (p197."EndDate" IS NULL OR p197."EndDate" >= @Today)
        ORDER BY p197."StartDate" DESC
        LIMIT 1) IS NOT NULL AND (
        SELECT p200."Id"
        FROM "Plans" AS p199
        INNER JOIN "People" AS p200 ON p199."ChildId" = p200."Id"
        WHERE p."Id" = p199."ChildId" AND p199."Kind" = 'PreBirth' AND (p199."EndDate" IS NULL OR p199."EndDate" >= @Today)
        ORDER BY p199."StartDate" DESC
        LIMIT 1) = m20."ChildId" AND EXISTS (
        SELECT 1
        FROM "MeetingInvitations" AS m22
        WHERE m21."Id" = m22."MeetingId" AND m22."Agency" = @agency653)) AND NOT EXISTS (
    SELECT 1
    FROM "Plans" AS p201
    WHERE (
        SELECT p203."Id"
        FROM "Plans" AS p202
        INNER JOIN "People" AS p203 ON p202."ChildId" = p203."Id"
        WHERE p."Id" = p202."ChildId" AND p202."Kind" = 'PreBirth' AND (p202."EndDate" IS NULL OR p202."EndDate" >= @Today)
        ORDER BY p202."StartDate" DESC
        LIMIT 1) IS NOT NULL AND (
        SELECT p205."Id"
        FROM "Plans" AS p204
        INNER JOIN "People" AS p205 ON p204."ChildId" = p205."Id"
        WHERE p."Id" = p204."ChildId" AND p204."Kind" = 'PreBirth' AND (p204."EndDate" IS NULL OR p204."EndDate" >= @Today)
        ORDER BY p204."StartDate" DESC
        LIMIT 1) = p201."ChildId" AND EXISTS (
        SELECT 1
        FROM "PlanMembers" AS p206
        WHERE p201."Id" = p206."PlanId" AND p206."Agency" = @agency654)))) AND ((
    SELECT p208."NhsNumber"
    FROM "Plans" AS p207
    INNER JOIN "People" AS p208 ON p207."ChildId" = p208."Id"
    WHERE p."Id" = p207."ChildId" AND p207."Kind" = 'PreBirth' AND (p207."EndDate" IS NULL OR p207."EndDate" >= @Today)
    ORDER BY p207."StartDate" DESC
    LIMIT 1) IS NULL OR (NOT ((
    SELECT p210."NhsNumber"
    FROM "Plans" AS p209
    INNER JOIN "People" AS p210 ON p209."ChildId" = p210."Id"
    WHERE p."Id" = p209."ChildId" AND p209."Kind" = 'PreBirth' AND (p209."EndDate" IS NULL OR p209."EndDate" >= @Today)
    ORDER BY p209."StartDate" DESC
    LIMIT 1)::text = ANY (@numbers70) AND (
    SELECT p210."NhsNumber"
    FROM "Plans" AS p209
    INNER JOIN "People" AS p210 ON p209."ChildId" = p210."Id"
    WHERE p."Id" = p209."ChildId" AND p209."Kind" = 'PreBirth' AND (p209."EndDate" IS NULL OR p209."EndDate" >= @Today)
    ORDER BY p209."StartDate" DESC
    LIMIT 1)::text = ANY (@numbers70) IS NOT NULL) AND ((
    SELECT p210."NhsNumber"
    FROM "Plans" AS p209
    INNER JOIN "People" AS p210 ON p209."ChildId" = p210."Id"
    WHERE p."Id" = p209."ChildId" AND p209."Kind" = 'PreBirth' AND (p209."EndDate" IS NULL OR p209."EndDate" >= @Today)
    ORDER BY p209."StartDate" DESC
    LIMIT 1)::text IS NOT NULL OR array_position(@numbers70, NULL) IS NULL))) AND NOT EXISTS (
    SELECT 1
    FROM "Consents" AS c13
    WHERE (
        SELECT p212."Id"
        FROM "Plans" AS p211
        INNER JOIN "People" AS p212 ON p211."ChildId" = p212."Id"
        WHERE p."Id" = p211."ChildId" AND p211."Kind" = 'PreBirth' AND (p211."EndDate" IS NULL OR p211."EndDate" >= @Today)
        ORDER BY p211."StartDate" DESC
        LIMIT 1) IS NOT NULL AND (
        SELECT p214."Id"
        FROM "Plans" AS p213
        INNER JOIN "People" AS p214 ON p213."ChildId" = p214."Id"
        WHERE p."Id" = p213."ChildId" AND p213."Kind" = 'PreBirth' AND (p213."EndDate" IS NULL OR p213."EndDate" >= @Today)
        ORDER BY p213."StartDate" DESC
        LIMIT 1) = c13."ChildId" AND c13."GivenAt" <= @at72 AND (c13."WithdrawnAt" IS NULL OR c13."WithdrawnAt" > @at73) AND EXISTS (
        SELECT 1
        FROM "ConsentScopes" AS c14
        WHERE c13."Id" = c14."ConsentId" AND c14."Agency" = @agency74 AND c14."Category" = @category75)) AND NOT EXISTS (
    SELECT 1
    FROM "EmergencyAccessGrants" AS e6
    WHERE (
        SELECT p216."Id"
        FROM "Plans" AS p215
        INNER JOIN "People" AS p216 ON p215."ChildId" = p216."Id"
        WHERE p."Id" = p215."ChildId" AND p215."Kind" = 'PreBirth' AND (p215."EndDate" IS NULL OR p215."EndDate" >= @Today)
        ORDER BY p215."StartDate" DESC
        LIMIT 1) IS NOT NULL AND (
        SELECT p218."Id"
        FROM "Plans" AS p217
        INNER JOIN "People" AS p218 ON p217."ChildId" = p218."Id"
        WHERE p."Id" = p217."ChildId" AND p217."Kind" = 'PreBirth' AND (p217."EndDate" IS NULL OR p217."EndDate" >= @Today)
        ORDER BY p217."StartDate" DESC
        LIMIT 1) = e6."ChildId" AND e6."Subject" = @subject77 AND e6."GrantedAt" <= @at783 AND e6."ExpiresAt" > @at784 AND e6."RevokedAt" IS NULL)), (
    SELECT p219."StartDate"
    FROM "Plans" AS p219
    WHERE p."Id" = p219."ChildId" AND p219."Kind" = 'PreBirth' AND (p219."EndDate" IS NULL OR p219."EndDate" >= @Today)
    ORDER BY p219."StartDate" DESC
    LIMIT 1), (
    SELECT p220."Id"
    FROM "Plans" AS p220
    WHERE p."Id" = p220."ChildId" AND p220."Kind" = 'PreBirth' AND (p220."EndDate" IS NULL OR p220."EndDate" >= @Today)
    ORDER BY p220."StartDate" DESC
    LIMIT 1), l."Id" IS NULL, l."Name", l."OfficeHoursPhone", l."OutOfHoursPhone", l."Id", p."Id"
FROM "People" AS p
LEFT JOIN "LocalAuthorities" AS l ON p."LocalAuthorityId" = l."Id"
WHERE p."Kind" = 'Child' AND p."NhsNumber" = @nhs AND p."Kind" = 'Child' AND l."Id" IS NOT NULL AND (l."Code" = ANY (@councils) OR (l."Code" IS NULL AND array_position(@councils, NULL) IS NOT NULL)) AND (((EXISTS (
    SELECT 1
    FROM "Section47Enquiries" AS s
    WHERE p."Id" = s."ChildId" AND s."StartDate" <= @day AND (s."EndDate" IS NULL OR s."EndDate" >= @day3)) OR EXISTS (
    SELECT 1
    FROM "Plans" AS p0
    WHERE p."Id" = p0."ChildId" AND p0."Kind" IN ('ChildProtection', 'PreBirth', 'LookedAfter') AND p0."StartDate" <= @day AND (p0."EndDate" IS NULL OR p0."EndDate" >= @day3))) AND (EXISTS (
    SELECT 1
    FROM "MeetingChildren" AS m
    INNER JOIN "Meetings" AS m0 ON m."MeetingId" = m0."Id"
    WHERE p."Id" = m."ChildId" AND EXISTS (
        SELECT 1
        FROM "MeetingInvitations" AS m1
        WHERE m0."Id" = m1."MeetingId" AND m1."Agency" = @agency)) OR EXISTS (
    SELECT 1
    FROM "Plans" AS p1
    WHERE p."Id" = p1."ChildId" AND EXISTS (
        SELECT 1
        FROM "PlanMembers" AS p2
        WHERE p1."Id" = p2."PlanId" AND p2."Agency" = @agency0)))) OR (p."NhsNumber" IS NOT NULL AND p."NhsNumber"::text = ANY (@numbers)) OR EXISTS (
    SELECT 1
    FROM "Consents" AS c
    WHERE p."Id" = c."ChildId" AND c."GivenAt" <= @at AND (c."WithdrawnAt" IS NULL OR c."WithdrawnAt" > @at10) AND EXISTS (
        SELECT 1
        FROM "ConsentScopes" AS c0
        WHERE c."Id" = c0."ConsentId" AND c0."Agency" = @agency11 AND c0."Category" = @category)) OR EXISTS (
    SELECT 1
    FROM "EmergencyAccessGrants" AS e
    WHERE p."Id" = e."ChildId" AND e."Subject" = @subject AND e."GrantedAt" <= @at14 AND e."ExpiresAt" > @at140 AND e."RevokedAt" IS NULL)) AND (((EXISTS (
    SELECT 1
    FROM "Section47Enquiries" AS s0
    WHERE p."Id" = s0."ChildId" AND s0."StartDate" <= @day16 AND (s0."EndDate" IS NULL OR s0."EndDate" >= @day17)) OR EXISTS (
    SELECT 1
    FROM "Plans" AS p3
    WHERE p."Id" = p3."ChildId" AND p3."Kind" IN ('ChildProtection', 'PreBirth', 'LookedAfter') AND p3."StartDate" <= @day16 AND (p3."EndDate" IS NULL OR p3."EndDate" >= @day17))) AND (EXISTS (
    SELECT 1
    FROM "MeetingChildren" AS m2
    INNER JOIN "Meetings" AS m3 ON m2."MeetingId" = m3."Id"
    WHERE p."Id" = m2."ChildId" AND EXISTS (
        SELECT 1
        FROM "MeetingInvitations" AS m4
        WHERE m3."Id" = m4."MeetingId" AND m4."Agency" = @agency20)) OR EXISTS (
    SELECT 1
    FROM "Plans" AS p4
    WHERE p."Id" = p4."ChildId" AND EXISTS (
        SELECT 1
        FROM "PlanMembers" AS p5
        WHERE p4."Id" = p5."PlanId" AND p5."Agency" = @agency200)))) OR (p."NhsNumber" IS NOT NULL AND p."NhsNumber"::text = ANY (@numbers22)) OR EXISTS (
    SELECT 1
    FROM "Consents" AS c1
    WHERE p."Id" = c1."ChildId" AND c1."GivenAt" <= @at23 AND (c1."WithdrawnAt" IS NULL OR c1."WithdrawnAt" > @at24) AND EXISTS (
        SELECT 1
        FROM "ConsentScopes" AS c2
        WHERE c1."Id" = c2."ConsentId" AND c2."Agency" = @agency25 AND c2."Category" = @category26)) OR EXISTS (
    SELECT 1
    FROM "EmergencyAccessGrants" AS e0
    WHERE p."Id" = e0."ChildId" AND e0."Subject" = @subject27 AND e0."GrantedAt" <= @at28 AND e0."ExpiresAt" > @at280 AND e0."RevokedAt" IS NULL)) AND p."NhsNumber" IS NOT NULL
ORDER BY p."Id"
LIMIT @p

-- statement 2
SELECT p."Id" AS "K", p."ChildId" AS "C"
FROM "Plans" AS p
WHERE p."Id" = ANY (@keys)

-- statement 3
SELECT p."Id", (EXISTS (
    SELECT 1
    FROM "Section47Enquiries" AS s
    WHERE p."Id" = s."ChildId" AND s."StartDate" <= @day AND (s."EndDate" IS NULL OR s."EndDate" >= @day2)) OR EXISTS (
    SELECT 1
    FROM "Plans" AS p0
    WHERE p."Id" = p0."ChildId" AND (p0."Kind" = 'ChildProtection' OR p0."Kind" = 'PreBirth' OR p0."Kind" = 'LookedAfter') AND p0."StartDate" <= @day AND (p0."EndDate" IS NULL OR p0."EndDate" >= @day2))) AND (EXISTS (
    SELECT 1
    FROM "MeetingChildren" AS m
    INNER JOIN "Meetings" AS m0 ON m."MeetingId" = m0."Id"
    WHERE p."Id" = m."ChildId" AND EXISTS (
        SELECT 1
        FROM "MeetingInvitations" AS m1
        WHERE m0."Id" = m1."MeetingId" AND m1."Agency" = @agency)) OR EXISTS (
    SELECT 1
    FROM "Plans" AS p1
    WHERE p."Id" = p1."ChildId" AND EXISTS (
        SELECT 1
        FROM "PlanMembers" AS p2
        WHERE p1."Id" = p2."PlanId" AND p2."Agency" = @agency0))), p."NhsNumber" IS NOT NULL AND (p."NhsNumber"::text = ANY (@numbers) AND p."NhsNumber"::text = ANY (@numbers) IS NOT NULL), FALSE, EXISTS (
    SELECT 1
    FROM "Consents" AS c
    WHERE p."Id" = c."ChildId" AND c."GivenAt" <= @at AND (c."WithdrawnAt" IS NULL OR c."WithdrawnAt" > @at9) AND EXISTS (
        SELECT 1
        FROM "ConsentScopes" AS c0
        WHERE c."Id" = c0."ConsentId" AND c0."Agency" = @agency10 AND c0."Category" = @category)), EXISTS (
    SELECT 1
    FROM "EmergencyAccessGrants" AS e
    WHERE p."Id" = e."ChildId" AND e."Subject" = @subject AND e."GrantedAt" <= @at13 AND e."ExpiresAt" > @at130 AND e."RevokedAt" IS NULL)
FROM "People" AS p
WHERE p."Id" = ANY (@ids)

-- statement 4
SELECT p."Id", p."CaseHoldingHubId" AS "Hub"
FROM "People" AS p
WHERE p."Id" = ANY (@children) AND p."CaseHoldingHubId" IS NOT NULL

