-- statement 1
SELECT p."NhsNumber"::text, NOT EXISTS (
    SELECT 1
    FROM "Plans" AS p3
    WHERE p."Id" = p3."ChildId" AND p3."Kind" = 'ChildProtection' AND (p3."EndDate" IS NULL OR p3."EndDate" >= @Today)) OR (
    SELECT p5."Kind"
    FROM "Plans" AS p4
    INNER JOIN "People" AS p5 ON p4."ChildId" = p5."Id"
    WHERE p."Id" = p4."ChildId" AND p4."Kind" = 'ChildProtection' AND (p4."EndDate" IS NULL OR p4."EndDate" >= @Today)
    ORDER BY p4."StartDate" DESC
    LIMIT 1) <> 'Child' OR (
    SELECT p5."Kind"
    FROM "Plans" AS p4
    INNER JOIN "People" AS p5 ON p4."ChildId" = p5."Id"
    WHERE p."Id" = p4."ChildId" AND p4."Kind" = 'ChildProtection' AND (p4."EndDate" IS NULL OR p4."EndDate" >= @Today)
    ORDER BY p4."StartDate" DESC
    LIMIT 1) IS NULL OR (
    SELECT l0."Id"
    FROM "Plans" AS p6
    INNER JOIN "People" AS p7 ON p6."ChildId" = p7."Id"
    LEFT JOIN "LocalAuthorities" AS l0 ON p7."LocalAuthorityId" = l0."Id"
    WHERE p."Id" = p6."ChildId" AND p6."Kind" = 'ChildProtection' AND (p6."EndDate" IS NULL OR p6."EndDate" >= @Today)
    ORDER BY p6."StartDate" DESC
    LIMIT 1) IS NULL OR (NOT ((
    SELECT l1."Code"
    FROM "Plans" AS p8
    INNER JOIN "People" AS p9 ON p8."ChildId" = p9."Id"
    LEFT JOIN "LocalAuthorities" AS l1 ON p9."LocalAuthorityId" = l1."Id"
    WHERE p."Id" = p8."ChildId" AND p8."Kind" = 'ChildProtection' AND (p8."EndDate" IS NULL OR p8."EndDate" >= @Today)
    ORDER BY p8."StartDate" DESC
    LIMIT 1) = ANY (@councils21) AND (
    SELECT l1."Code"
    FROM "Plans" AS p8
    INNER JOIN "People" AS p9 ON p8."ChildId" = p9."Id"
    LEFT JOIN "LocalAuthorities" AS l1 ON p9."LocalAuthorityId" = l1."Id"
    WHERE p."Id" = p8."ChildId" AND p8."Kind" = 'ChildProtection' AND (p8."EndDate" IS NULL OR p8."EndDate" >= @Today)
    ORDER BY p8."StartDate" DESC
    LIMIT 1) = ANY (@councils21) IS NOT NULL) AND ((
    SELECT l1."Code"
    FROM "Plans" AS p8
    INNER JOIN "People" AS p9 ON p8."ChildId" = p9."Id"
    LEFT JOIN "LocalAuthorities" AS l1 ON p9."LocalAuthorityId" = l1."Id"
    WHERE p."Id" = p8."ChildId" AND p8."Kind" = 'ChildProtection' AND (p8."EndDate" IS NULL OR p8."EndDate" >= @Today)
    ORDER BY p8."StartDate" DESC
    LIMIT 1) IS NOT NULL OR array_position(@councils21, NULL) IS NULL)) OR (((NOT EXISTS (
    SELECT 1
    FROM "Section47Enquiries" AS s0
    WHERE (
        SELECT p11."Id"
        FROM "Plans" AS p10
        INNER JOIN "People" AS p11 ON p10."ChildId" = p11."Id"
        WHERE p."Id" = p10."ChildId" AND p10."Kind" = 'ChildProtection' AND (p10."EndDate" IS NULL OR p10."EndDate" >= @Today)
        ORDER BY p10."StartDate" DESC
        LIMIT 1) IS NOT NULL AND (
        SELECT p13."Id"
        FROM "Plans" AS p12
        INNER JOIN "People" AS p13 ON p12."ChildId" = p13."Id"
        WHERE p."Id" = p12."ChildId" AND p12."Kind" = 'ChildProtection' AND (p12."EndDate" IS NULL OR p12."EndDate" >= @Today)
        ORDER BY p12."StartDate" DESC
        LIMIT 1) = s0."ChildId" AND s0."StartDate" <= @day23 AND (s0."EndDate" IS NULL OR s0."EndDate" >= @day24)) AND NOT EXISTS (
    SELECT 1
    FROM "Plans" AS p14
    WHERE (
        SELECT p16."Id"
        FROM "Plans" AS p15
        INNER JOIN "People" AS p16 ON p15."ChildId" = p16."Id"
        WHERE p."Id" = p15."ChildId" AND p15."Kind" = 'ChildProtection' AND (p15."EndDate" IS NULL OR p15."EndDate" >= @Today)
        ORDER BY p15."StartDate" DESC
        LIMIT 1) IS NOT NULL AND (
        SELECT p18."Id"
        FROM "Plans" AS p17
        INNER JOIN "People" AS p18 ON p17."ChildId" = p18."Id"
        WHERE p."Id" = p17."ChildId" AND p17."Kind" = 'ChildProtection' AND (p17."EndDate" IS NULL OR p17."EndDate" >= @Today)
        ORDER BY p17."StartDate" DESC
        LIMIT 1) = p14."ChildId" AND (p14."Kind" = 'ChildProtection' OR p14."Kind" = 'PreBirth' OR p14."Kind" = 'LookedAfter') AND p14."StartDate" <= @day23 AND (p14."EndDate" IS NULL OR p14."EndDate" >= @day24))) OR (NOT EXISTS (
    SELECT 1
    FROM "MeetingChildren" AS m2
    INNER JOIN "Meetings" AS m3 ON m2."MeetingId" = m3."Id"
    WHERE (
        SELECT p20."Id"
        FROM "Plans" AS p19
        INNER JOIN "People" AS p20 ON p19."ChildId" = p20."Id"
        WHERE p."Id" = p19."ChildId" AND p19."Kind" = 'ChildProtection' AND (p19."EndDate" IS NULL OR p19."EndDate" >= @Today)
        ORDER BY p19."StartDate" DESC
        LIMIT 1) IS NOT NULL AND (
        SELECT p22."Id"
        FROM "Plans" AS p21
        INNER JOIN "People" AS p22 ON p21."ChildId" = p22."Id"
        WHERE p."Id" = p21."ChildId" AND p21."Kind" = 'ChildProtection' AND (p21."EndDate" IS NULL OR p21."EndDate" >= @Today)
        ORDER BY p21."StartDate" DESC
        LIMIT 1) = m2."ChildId" AND EXISTS (
        SELECT 1
        FROM "MeetingInvitations" AS m4
        WHERE m3."Id" = m4."MeetingId" AND m4."Agency" = @agency29)) AND NOT EXISTS (
    SELECT 1
    FROM "Plans" AS p23
    WHERE (
        SELECT p25."Id"
        FROM "Plans" AS p24
        INNER JOIN "People" AS p25 ON p24."ChildId" = p25."Id"
        WHERE p."Id" = p24."ChildId" AND p24."Kind" = 'ChildProtection' AND (p24."EndDate" IS NULL OR p24."EndDate" >= @Today)
        ORDER BY p24."StartDate" DESC
        LIMIT 1) IS NOT NULL AND (
        SELECT p27."Id"
        FROM "Plans" AS p26
        INNER JOIN "People" AS p27 ON p26."ChildId" = p27."Id"
        WHERE p."Id" = p26."ChildId" AND p26."Kind" = 'ChildProtection' AND (p26."EndDate" IS NULL OR p26."EndDate" >= @Today)
        ORDER BY p26."StartDate" DESC
        LIMIT 1) = p23."ChildId" AND EXISTS (
        SELECT 1
        FROM "PlanMembers" AS p28
        WHERE p23."Id" = p28."PlanId" AND p28."Agency" = @agency290)))) AND ((
    SELECT p30."NhsNumber"
    FROM "Plans" AS p29
    INNER JOIN "People" AS p30 ON p29."ChildId" = p30."Id"
    WHERE p."Id" = p29."ChildId" AND p29."Kind" = 'ChildProtection' AND (p29."EndDate" IS NULL OR p29."EndDate" >= @Today)
    ORDER BY p29."StartDate" DESC
    LIMIT 1) IS NULL OR (NOT ((
    SELECT p32."NhsNumber"
    FROM "Plans" AS p31
    INNER JOIN "People" AS p32 ON p31."ChildId" = p32."Id"
    WHERE p."Id" = p31."ChildId" AND p31."Kind" = 'ChildProtection' AND (p31."EndDate" IS NULL OR p31."EndDate" >= @Today)
    ORDER BY p31."StartDate" DESC
    LIMIT 1)::text = ANY (@numbers34) AND (
    SELECT p32."NhsNumber"
    FROM "Plans" AS p31
    INNER JOIN "People" AS p32 ON p31."ChildId" = p32."Id"
    WHERE p."Id" = p31."ChildId" AND p31."Kind" = 'ChildProtection' AND (p31."EndDate" IS NULL OR p31."EndDate" >= @Today)
    ORDER BY p31."StartDate" DESC
    LIMIT 1)::text = ANY (@numbers34) IS NOT NULL) AND ((
    SELECT p32."NhsNumber"
    FROM "Plans" AS p31
    INNER JOIN "People" AS p32 ON p31."ChildId" = p32."Id"
    WHERE p."Id" = p31."ChildId" AND p31."Kind" = 'ChildProtection' AND (p31."EndDate" IS NULL OR p31."EndDate" >= @Today)
    ORDER BY p31."StartDate" DESC
    LIMIT 1)::text IS NOT NULL OR array_position(@numbers34, NULL) IS NULL))) AND NOT EXISTS (
    SELECT 1
    FROM "Consents" AS c1
    WHERE (
        SELECT p34."Id"
        FROM "Plans" AS p33
        INNER JOIN "People" AS p34 ON p33."ChildId" = p34."Id"
        WHERE p."Id" = p33."ChildId" AND p33."Kind" = 'ChildProtection' AND (p33."EndDate" IS NULL OR p33."EndDate" >= @Today)
        ORDER BY p33."StartDate" DESC
        LIMIT 1) IS NOT NULL AND (
        SELECT p36."Id"
        FROM "Plans" AS p35
        INNER JOIN "People" AS p36 ON p35."ChildId" = p36."Id"
        WHERE p."Id" = p35."ChildId" AND p35."Kind" = 'ChildProtection' AND (p35."EndDate" IS NULL OR p35."EndDate" >= @Today)
        ORDER BY p35."StartDate" DESC
        LIMIT 1) = c1."ChildId" AND c1."GivenAt" <= @at36 AND (c1."WithdrawnAt" IS NULL OR c1."WithdrawnAt" > @at37) AND EXISTS (
        SELECT 1
        FROM "ConsentScopes" AS c2
        WHERE c1."Id" = c2."ConsentId" AND c2."Agency" = @agency38 AND c2."Category" = @category39)) AND NOT EXISTS (
    SELECT 1
    FROM "EmergencyAccessGrants" AS e0
    WHERE (
        SELECT p38."Id"
        FROM "Plans" AS p37
        INNER JOIN "People" AS p38 ON p37."ChildId" = p38."Id"
        WHERE p."Id" = p37."ChildId" AND p37."Kind" = 'ChildProtection' AND (p37."EndDate" IS NULL OR p37."EndDate" >= @Today)
        ORDER BY p37."StartDate" DESC
        LIMIT 1) IS NOT NULL AND (
        SELECT p40."Id"
        FROM "Plans" AS p39
        INNER JOIN "People" AS p40 ON p39."ChildId" = p40."Id"
        WHERE p."Id" = p39."ChildId" AND p39."Kind" = 'ChildProtection' AND (p39."EndDate" IS NULL OR p39."EndDate" >= @Today)
        ORDER BY p39."StartDate" DESC
        LIMIT 1) = e0."ChildId" AND e0."Subject" = @subject41 AND e0."GrantedAt" <= @at42 AND e0."ExpiresAt" > @at420 AND e0."RevokedAt" IS NULL)) OR (((NOT EXISTS (
    SELECT 1
    FROM "Section47Enquiries" AS s1
    WHERE (
        SELECT p42."Id"
        FROM "Plans" AS p41
        INNER JOIN "People" AS p42 ON p41."ChildId" = p42."Id"
        WHERE p."Id" = p41."ChildId" AND p41."Kind" = 'ChildProtection' AND (p41."EndDate" IS NULL OR p41."EndDate" >= @Today)
        ORDER BY p41."StartDate" DESC
        LIMIT 1) IS NOT NULL AND (
        SELECT p44."Id"
        FROM "Plans" AS p43
        INNER JOIN "People" AS p44 ON p43."ChildId" = p44."Id"
        WHERE p."Id" = p43."ChildId" AND p43."Kind" = 'ChildProtection' AND (p43."EndDate" IS NULL OR p43."EndDate" >= @Today)
        ORDER BY p43."StartDate" DESC
        LIMIT 1) = s1."ChildId" AND s1."StartDate" <= @day45 AND (s1."EndDate" IS NULL OR s1."EndDate" >= @day46)) AND NOT EXISTS (
    SELECT 1
    FROM "Plans" AS p45
    WHERE (
        SELECT p47."Id"
        FROM "Plans" AS p46
        INNER JOIN "People" AS p47 ON p46."ChildId" = p47."Id"
        WHERE p."Id" = p46."ChildId" AND p46."Kind" = 'ChildProtection' AND (p46."EndDate" IS NULL OR p46."EndDate" >= @Today)
        ORDER BY p46."StartDate" DESC
        LIMIT 1) IS NOT NULL AND (
        SELECT p49."Id"
        FROM "Plans" AS p48
        INNER JOIN "People" AS p49 ON p48."ChildId" = p49."Id"
        WHERE p."Id" = p48."ChildId" AND p48."Kind" = 'ChildProtection' AND (p48."EndDate" IS NULL OR p48."EndDate" >= @Today)
        ORDER BY p48."StartDate" DESC
        LIMIT 1) = p45."ChildId" AND (p45."Kind" = 'ChildProtection' OR p45."Kind" = 'PreBirth' OR p45."Kind" = 'LookedAfter') AND p45."StartDate" <= @day45 AND (p45."EndDate" IS NULL OR p45."EndDate" >= @day46))) OR (NOT EXISTS (
    SELECT 1
    FROM "MeetingChildren" AS m5
    INNER JOIN "Meetings" AS m6 ON m5."MeetingId" = m6."Id"
    WHERE (
        SELECT p51."Id"
        FROM "Plans" AS p50
        INNER JOIN "People" AS p51 ON p50."ChildId" = p51."Id"
        WHERE p."Id" = p50."ChildId" AND p50."Kind" = 'ChildProtection' AND (p50."EndDate" IS NULL OR p50."EndDate" >= @Today)
        ORDER BY p50."StartDate" DESC
        LIMIT 1) IS NOT NULL AND (
        SELECT p53."Id"
        FROM "Plans" AS p52
        INNER JOIN "People" AS p53 ON p52."ChildId" = p53."Id"
        WHERE p."Id" = p52."ChildId" AND p52."Kind" = 'ChildProtection' AND (p52."EndDate" IS NULL OR p52."EndDate" >= @Today)
        ORDER BY p52."StartDate" DESC
        LIMIT 1) = m5."ChildId" AND EXISTS (
        SELECT 1
        FROM "MeetingInvitations" AS m7
        WHERE m6."Id" = m7."MeetingId" AND m7."Agency" = @agency51)) AND NOT EXISTS (
    SELECT 1
    FROM "Plans" AS p54
    WHERE (
        SELECT p56."Id"
        FROM "Plans" AS p55
        INNER JOIN "People" AS p56 ON p55."ChildId" = p56."Id"
        WHERE p."Id" = p55."ChildId" AND p55."Kind" = 'ChildProtection' AND (p55."EndDate" IS NULL OR p55."EndDate" >= @Today)
        ORDER BY p55."StartDate" DESC
        LIMIT 1) IS NOT NULL AND (
        SELECT p58."Id"
        FROM "Plans" AS p57
        INNER JOIN "People" AS p58 ON p57."ChildId" = p58."Id"
        WHERE p."Id" = p57."ChildId" AND p57."Kind" = 'ChildProtection' AND (p57."EndDate" IS NULL OR p57."EndDate" >= @Today)
        ORDER BY p57."StartDate" DESC
        LIMIT 1) = p54."ChildId" AND EXISTS (
        SELECT 1
        FROM "PlanMembers" AS p59
        WHERE p54."Id" = p59."PlanId" AND p59."Agency" = @agency510)))) AND ((
    SELECT p61."NhsNumber"
    FROM "Plans" AS p60
    INNER JOIN "People" AS p61 ON p60."ChildId" = p61."Id"
    WHERE p."Id" = p60."ChildId" AND p60."Kind" = 'ChildProtection' AND (p60."EndDate" IS NULL OR p60."EndDate" >= @Today)
    ORDER BY p60."StartDate" DESC
    LIMIT 1) IS NULL OR (NOT ((
    SELECT p63."NhsNumber"
    FROM "Plans" AS p62
    INNER JOIN "People" AS p63 ON p62."ChildId" = p63."Id"
    WHERE p."Id" = p62."ChildId" AND p62."Kind" = 'ChildProtection' AND (p62."EndDate" IS NULL OR p62."EndDate" >= @Today)
    ORDER BY p62."StartDate" DESC
    LIMIT 1)::text = ANY (@numbers56) AND (
    SELECT p63."NhsNumber"
    FROM "Plans" AS p62
    INNER JOIN "People" AS p63 ON p62."ChildId" = p63."Id"
    WHERE p."Id" = p62."ChildId" AND p62."Kind" = 'ChildProtection' AND (p62."EndDate" IS NULL OR p62."EndDate" >= @Today)
    ORDER BY p62."StartDate" DESC
    LIMIT 1)::text = ANY (@numbers56) IS NOT NULL) AND ((
    SELECT p63."NhsNumber"
    FROM "Plans" AS p62
    INNER JOIN "People" AS p63 ON p62."ChildId" = p63."Id"
    WHERE p."Id" = p62."ChildId" AND p62."Kind" = 'ChildProtection' AND (p62."EndDate" IS NULL OR p62."EndDate" >= @Today)
    ORDER BY p62."StartDate" DESC
    LIMIT 1)::text IS NOT NULL OR array_position(@numbers56, NULL) IS NULL))) AND NOT EXISTS (
    SELECT 1
    FROM "Consents" AS c3
    WHERE (
        SELECT p65."Id"
        FROM "Plans" AS p64
        INNER JOIN "People" AS p65 ON p64."ChildId" = p65."Id"
        WHERE p."Id" = p64."ChildId" AND p64."Kind" = 'ChildProtection' AND (p64."EndDate" IS NULL OR p64."EndDate" >= @Today)
        ORDER BY p64."StartDate" DESC
        LIMIT 1) IS NOT NULL AND (
        SELECT p67."Id"
        FROM "Plans" AS p66
        INNER JOIN "People" AS p67 ON p66."ChildId" = p67."Id"
        WHERE p."Id" = p66."ChildId" AND p66."Kind" = 'ChildProtection' AND (p66."EndDate" IS NULL OR p66."EndDate" >= @Today)
        ORDER BY p66."StartDate" DESC
        LIMIT 1) = c3."ChildId" AND c3."GivenAt" <= @at58 AND (c3."WithdrawnAt" IS NULL OR c3."WithdrawnAt" > @at59) AND EXISTS (
        SELECT 1
        FROM "ConsentScopes" AS c4
        WHERE c3."Id" = c4."ConsentId" AND c4."Agency" = @agency60 AND c4."Category" = @category61)) AND NOT EXISTS (
    SELECT 1
    FROM "EmergencyAccessGrants" AS e1
    WHERE (
        SELECT p69."Id"
        FROM "Plans" AS p68
        INNER JOIN "People" AS p69 ON p68."ChildId" = p69."Id"
        WHERE p."Id" = p68."ChildId" AND p68."Kind" = 'ChildProtection' AND (p68."EndDate" IS NULL OR p68."EndDate" >= @Today)
        ORDER BY p68."StartDate" DESC
        LIMIT 1) IS NOT NULL AND (
        SELECT p71."Id"
        FROM "Plans" AS p70
        INNER JOIN "People" AS p71 ON p70."ChildId" = p71."Id"
        WHERE p."Id" = p70."ChildId" AND p70."Kind" = 'ChildProtection' AND (p70."EndDate" IS NULL OR p70."EndDate" >= @Today)
        ORDER BY p70."StartDate" DESC
        LIMIT 1) = e1."ChildId" AND e1."Subject" = @subject63 AND e1."GrantedAt" <= @at64 AND e1."ExpiresAt" > @at640 AND e1."RevokedAt" IS NULL)), (
    SELECT p72."StartDate"
    FROM "Plans" AS p72
    WHERE p."Id" = p72."ChildId" AND p72."Kind" = 'ChildProtection' AND (p72."EndDate" IS NULL OR p72."EndDate" >= @Today)
    ORDER BY p72."StartDate" DESC
    LIMIT 1), (
    SELECT p73."EndDate"
    FROM "Plans" AS p73
    WHERE p."Id" = p73."ChildId" AND p73."Kind" = 'ChildProtection' AND (p73."EndDate" IS NULL OR p73."EndDate" >= @Today)
    ORDER BY p73."StartDate" DESC
    LIMIT 1), 0, (
    SELECT p74."Id"
    FROM "Plans" AS p74
    WHERE p."Id" = p74."ChildId" AND p74."Kind" = 'ChildProtection' AND (p74."EndDate" IS NULL OR p74."EndDate" >= @Today)
    ORDER BY p74."StartDate" DESC
    LIMIT 1), NOT EXISTS (
    SELECT 1
    FROM "Plans" AS p75
    WHERE p."Id" = p75."ChildId" AND p75."Kind" = 'LookedAfter' AND (p75."EndDate" IS NULL OR p75."EndDate" >= @Today)) OR (
    SELECT p77."Kind"
    FROM "Plans" AS p76
    INNER JOIN "People" AS p77 ON p76."ChildId" = p77."Id"
    WHERE p."Id" = p76."ChildId" AND p76."Kind" = 'LookedAfter' AND (p76."EndDate" IS NULL OR p76."EndDate" >= @Today)
    ORDER BY p76."StartDate" DESC
    LIMIT 1) <> 'Child' OR (
    SELECT p77."Kind"
    FROM "Plans" AS p76
    INNER JOIN "People" AS p77 ON p76."ChildId" = p77."Id"
    WHERE p."Id" = p76."ChildId" AND p76."Kind" = 'LookedAfter' AND (p76."EndDate" IS NULL OR p76."EndDate" >= @Today)
    ORDER BY p76."StartDate" DESC
    LIMIT 1) IS NULL OR (
    SELECT l2."Id"
    FROM "Plans" AS p78
    INNER JOIN "People" AS p79 ON p78."ChildId" = p79."Id"
    LEFT JOIN "LocalAuthorities" AS l2 ON p79."LocalAuthorityId" = l2."Id"
    WHERE p."Id" = p78."ChildId" AND p78."Kind" = 'LookedAfter' AND (p78."EndDate" IS NULL OR p78."EndDate" >= @Today)
    ORDER BY p78."StartDate" DESC
    LIMIT 1) IS NULL OR (NOT ((
    SELECT l3."Code"
    FROM "Plans" AS p80
    INNER JOIN "People" AS p81 ON p80."ChildId" = p81."Id"
    LEFT JOIN "LocalAuthorities" AS l3 ON p81."LocalAuthorityId" = l3."Id"
    WHERE p."Id" = p80."ChildId" AND p80."Kind" = 'LookedAfter' AND (p80."EndDate" IS NULL OR p80."EndDate" >= @Today)
    ORDER BY p80."StartDate" DESC
    LIMIT 1) = ANY (@councils21) AND (
    SELECT l3."Code"
    FROM "Plans" AS p80
    INNER JOIN "People" AS p81 ON p80."ChildId" = p81."Id"
    LEFT JOIN "LocalAuthorities" AS l3 ON p81."LocalAuthorityId" = l3."Id"
    WHERE p."Id" = p80."ChildId" AND p80."Kind" = 'LookedAfter' AND (p80."EndDate" IS NULL OR p80."EndDate" >= @Today)
    ORDER BY p80."StartDate" DESC
    LIMIT 1) = ANY (@councils21) IS NOT NULL) AND ((
    SELECT l3."Code"
    FROM "Plans" AS p80
    INNER JOIN "People" AS p81 ON p80."ChildId" = p81."Id"
    LEFT JOIN "LocalAuthorities" AS l3 ON p81."LocalAuthorityId" = l3."Id"
    WHERE p."Id" = p80."ChildId" AND p80."Kind" = 'LookedAfter' AND (p80."EndDate" IS NULL OR p80."EndDate" >= @Today)
    ORDER BY p80."StartDate" DESC
    LIMIT 1) IS NOT NULL OR array_position(@councils21, NULL) IS NULL)) OR (((NOT EXISTS (
    SELECT 1
    FROM "Section47Enquiries" AS s2
    WHERE (
        SELECT p83."Id"
        FROM "Plans" AS p82
        INNER JOIN "People" AS p83 ON p82."ChildId" = p83."Id"
        WHERE p."Id" = p82."ChildId" AND p82."Kind" = 'LookedAfter' AND (p82."EndDate" IS NULL OR p82."EndDate" >= @Today)
        ORDER BY p82."StartDate" DESC
        LIMIT 1) IS NOT NULL AND (
        SELECT p85."Id"
        FROM "Plans" AS p84
        INNER JOIN "People" AS p85 ON p84."ChildId" = p85."Id"
        WHERE p."Id" = p84."ChildId" AND p84."Kind" = 'LookedAfter' AND (p84."EndDate" IS NULL OR p84."EndDate" >= @Today)
        ORDER BY p84."StartDate" DESC
        LIMIT 1) = s2."ChildId" AND s2."StartDate" <= @day23 AND (s2."EndDate" IS NULL OR s2."EndDate" >= @day24)) AND NOT EXISTS (
    SELECT 1
    FROM "Plans" AS p86
    WHERE (
        SELECT p88."Id"
        FROM "Plans" AS p87
        INNER JOIN "People" AS p88 ON p87."ChildId" = p88."Id"
        WHERE p."Id" = p87."ChildId" AND p87."Kind" = 'LookedAfter' AND (p87."EndDate" IS NULL OR p87."EndDate" >= @Today)
        ORDER BY p87."StartDate" DESC
        LIMIT 1) IS NOT NULL AND (
        SELECT p90."Id"
        FROM "Plans" AS p89
        INNER JOIN "People" AS p90 ON p89."ChildId" = p90."Id"
        WHERE p."Id" = p89."ChildId" AND p89."Kind" = 'LookedAfter' AND (p89."EndDate" IS NULL OR p89."EndDate" >= @Today)
        ORDER BY p89."StartDate" DESC
        LIMIT 1) = p86."ChildId" AND (p86."Kind" = 'ChildProtection' OR p86."Kind" = 'PreBirth' OR p86."Kind" = 'LookedAfter') AND p86."StartDate" <= @day23 AND (p86."EndDate" IS NULL OR p86."EndDate" >= @day24))) OR (NOT EXISTS (
    SELECT 1
    FROM "MeetingChildren" AS m8
    INNER JOIN "Meetings" AS m9 ON m8."MeetingId" = m9."Id"
    WHERE (
        SELECT p92."Id"
        FROM "Plans" AS p91
        INNER JOIN "People" AS p92 ON p91."ChildId" = p92."Id"
        WHERE p."Id" = p91."ChildId" AND p91."Kind" = 'LookedAfter' AND (p91."EndDate" IS NULL OR p91."EndDate" >= @Today)
        ORDER BY p91."StartDate" DESC
        LIMIT 1) IS NOT NULL AND (
        SELECT p94."Id"
        FROM "Plans" AS p93
        INNER JOIN "People" AS p94 ON p93."ChildId" = p94."Id"
        WHERE p."Id" = p93."ChildId" AND p93."Kind" = 'LookedAfter' AND (p93."EndDate" IS NULL OR p93."EndDate" >= @Today)
        ORDER BY p93."StartDate" DESC
        LIMIT 1) = m8."ChildId" AND EXISTS (
        SELECT 1
        FROM "MeetingInvitations" AS m10
        WHERE m9."Id" = m10."MeetingId" AND m10."Agency" = @agency291)) AND NOT EXISTS (
    SELECT 1
    FROM "Plans" AS p95
    WHERE (
        SELECT p97."Id"
        FROM "Plans" AS p96
        INNER JOIN "People" AS p97 ON p96."ChildId" = p97."Id"
        WHERE p."Id" = p96."ChildId" AND p96."Kind" = 'LookedAfter' AND (p96."EndDate" IS NULL OR p96."EndDate" >= @Today)
        ORDER BY p96."StartDate" DESC
        LIMIT 1) IS NOT NULL AND (
        SELECT p99."Id"
        FROM "Plans" AS p98
        INNER JOIN "People" AS p99 ON p98."ChildId" = p99."Id"
        WHERE p."Id" = p98."ChildId" AND p98."Kind" = 'LookedAfter' AND (p98."EndDate" IS NULL OR p98."EndDate" >= @Today)
        ORDER BY p98."StartDate" DESC
        LIMIT 1) = p95."ChildId" AND EXISTS (
        SELECT 1
        FROM "PlanMembers" AS p100
        WHERE p95."Id" = p100."PlanId" AND p100."Agency" = @agency292)))) AND ((
    SELECT p102."NhsNumber"
    FROM "Plans" AS p101
    INNER JOIN "People" AS p102 ON p101."ChildId" = p102."Id"
    WHERE p."Id" = p101."ChildId" AND p101."Kind" = 'LookedAfter' AND (p101."EndDate" IS NULL OR p101."EndDate" >= @Today)
    ORDER BY p101."StartDate" DESC
    LIMIT 1) IS NULL OR (NOT ((
    SELECT p104."NhsNumber"
    FROM "Plans" AS p103
    INNER JOIN "People" AS p104 ON p103."ChildId" = p104."Id"
    WHERE p."Id" = p103."ChildId" AND p103."Kind" = 'LookedAfter' AND (p103."EndDate" IS NULL OR p103."EndDate" >= @Today)
    ORDER BY p103."StartDate" DESC
    LIMIT 1)::text = ANY (@numbers34) AND (
    SELECT p104."NhsNumber"
    FROM "Plans" AS p103
    INNER JOIN "People" AS p104 ON p103."ChildId" = p104."Id"
    WHERE p."Id" = p103."ChildId" AND p103."Kind" = 'LookedAfter' AND (p103."EndDate" IS NULL OR p103."EndDate" >= @Today)
    ORDER BY p103."StartDate" DESC
    LIMIT 1)::text = ANY (@numbers34) IS NOT NULL) AND ((
    SELECT p104."NhsNumber"
    FROM "Plans" AS p103
    INNER JOIN "People" AS p104 ON p103."ChildId" = p104."Id"
    WHERE p."Id" = p103."ChildId" AND p103."Kind" = 'LookedAfter' AND (p103."EndDate" IS NULL OR p103."EndDate" >= @Today)
    ORDER BY p103."StartDate" DESC
    LIMIT 1)::text IS NOT NULL OR array_position(@numbers34, NULL) IS NULL))) AND NOT EXISTS (
    SELECT 1
    FROM "Consents" AS c5
    WHERE (
        SELECT p106."Id"
        FROM "Plans" AS p105
        INNER JOIN "People" AS p106 ON p105."ChildId" = p106."Id"
        WHERE p."Id" = p105."ChildId" AND p105."Kind" = 'LookedAfter' AND (p105."EndDate" IS NULL OR p105."EndDate" >= @Today)
        ORDER BY p105."StartDate" DESC
        LIMIT 1) IS NOT NULL AND (
        SELECT p108."Id"
        FROM "Plans" AS p107
        INNER JOIN "People" AS p108 ON p107."ChildId" = p108."Id"
        WHERE p."Id" = p107."ChildId" AND p107."Kind" = 'LookedAfter' AND (p107."EndDate" IS NULL OR p107."EndDate" >= @Today)
        ORDER BY p107."StartDate" DESC
        LIMIT 1) = c5."ChildId" AND c5."GivenAt" <= @at36 AND (c5."WithdrawnAt" IS NULL OR c5."WithdrawnAt" > @at37) AND EXISTS (
        SELECT 1
        FROM "ConsentScopes" AS c6
        WHERE c5."Id" = c6."ConsentId" AND c6."Agency" = @agency38 AND c6."Category" = @category39)) AND NOT EXISTS (
    SELECT 1
    FROM "EmergencyAccessGrants" AS e2
    WHERE (
        SELECT p110."Id"
        FROM "Plans" AS p109
        INNER JOIN "People" AS p110 ON p109."ChildId" = p110."Id"
        WHERE p."Id" = p109."ChildId" AND p109."Kind" = 'LookedAfter' AND (p109."EndDate" IS NULL OR p109."EndDate" >= @Today)
        ORDER BY p109."StartDate" DESC
        LIMIT 1) IS NOT NULL AND (
        SELECT p112."Id"
        FROM "Plans" AS p111
        INNER JOIN "People" AS p112 ON p111."ChildId" = p112."Id"
        WHERE p."Id" = p111."ChildId" AND p111."Kind" = 'LookedAfter' AND (p111."EndDate" IS NULL OR p111."EndDate" >= @Today)
        ORDER BY p111."StartDate" DESC
        LIMIT 1) = e2."ChildId" AND e2."Subject" = @subject41 AND e2."GrantedAt" <= @at421 AND e2."ExpiresAt" > @at422 AND e2."RevokedAt" IS NULL)) OR (((NOT EXISTS (
    SELECT 1
    FROM "Section47Enquiries" AS s3
    WHERE (
        SELECT p114."Id"
        FROM "Plans" AS p113
        INNER JOIN "People" AS p114 ON p113."ChildId" = p114."Id"
        WHERE p."Id" = p113."ChildId" AND p113."Kind" = 'LookedAfter' AND (p113."EndDate" IS NULL OR p113."EndDate" >= @Today)
        ORDER BY p113."StartDate" DESC
        LIMIT 1) IS NOT NULL AND (
        SELECT p116."Id"
        FROM "Plans" AS p115
        INNER JOIN "People" AS p116 ON p115."ChildId" = p116."Id"
        WHERE p."Id" = p115."ChildId" AND p115."Kind" = 'LookedAfter' AND (p115."EndDate" IS NULL OR p115."EndDate" >= @Today)
        ORDER BY p115."StartDate" DESC
        LIMIT 1) = s3."ChildId" AND s3."StartDate" <= @day45 AND (s3."EndDate" IS NULL OR s3."EndDate" >= @day46)) AND NOT EXISTS (
    SELECT 1
    FROM "Plans" AS p117
    WHERE (
        SELECT p119."Id"
        FROM "Plans" AS p118
        INNER JOIN "People" AS p119 ON p118."ChildId" = p119."Id"
        WHERE p."Id" = p118."ChildId" AND p118."Kind" = 'LookedAfter' AND (p118."EndDate" IS NULL OR p118."EndDate" >= @Today)
        ORDER BY p118."StartDate" DESC
        LIMIT 1) IS NOT NULL AND (
        SELECT p121."Id"
        FROM "Plans" AS p120
        INNER JOIN "People" AS p121 ON p120."ChildId" = p121."Id"
        WHERE p."Id" = p120."ChildId" AND p120."Kind" = 'LookedAfter' AND (p120."EndDate" IS NULL OR p120."EndDate" >= @Today)
        ORDER BY p120."StartDate" DESC
        LIMIT 1) = p117."ChildId" AND (p117."Kind" = 'ChildProtection' OR p117."Kind" = 'PreBirth' OR p117."Kind" = 'LookedAfter') AND p117."StartDate" <= @day45 AND (p117."EndDate" IS NULL OR p117."EndDate" >= @day46))) OR (NOT EXISTS (
    SELECT 1
    FROM "MeetingChildren" AS m11
    INNER JOIN "Meetings" AS m12 ON m11."MeetingId" = m12."Id"
    WHERE (
        SELECT p123."Id"
        FROM "Plans" AS p122
        INNER JOIN "People" AS p123 ON p122."ChildId" = p123."Id"
        WHERE p."Id" = p122."ChildId" AND p122."Kind" = 'LookedAfter' AND (p122."EndDate" IS NULL OR p122."EndDate" >= @Today)
        ORDER BY p122."StartDate" DESC
        LIMIT 1) IS NOT NULL AND (
        SELECT p125."Id"
        FROM "Plans" AS p124
        INNER JOIN "People" AS p125 ON p124."ChildId" = p125."Id"
        WHERE p."Id" = p124."ChildId" AND p124."Kind" = 'LookedAfter' AND (p124."EndDate" IS NULL OR p124."EndDate" >= @Today)
        ORDER BY p124."StartDate" DESC
        LIMIT 1) = m11."ChildId" AND EXISTS (
        SELECT 1
        FROM "MeetingInvitations" AS m13
        WHERE m12."Id" = m13."MeetingId" AND m13."Agency" = @agency511)) AND NOT EXISTS (
    SELECT 1
    FROM "Plans" AS p126
    WHERE (
        SELECT p128."Id"
        FROM "Plans" AS p127
        INNER JOIN "People" AS p128 ON p127."ChildId" = p128."Id"
        WHERE p."Id" = p127."ChildId" AND p127."Kind" = 'LookedAfter' AND (p127."EndDate" IS NULL OR p127."EndDate" >= @Today)
        ORDER BY p127."StartDate" DESC
        LIMIT 1) IS NOT NULL AND (
        SELECT p130."Id"
        FROM "Plans" AS p129
        INNER JOIN "People" AS p130 ON p129."ChildId" = p130."Id"
        WHERE p."Id" = p129."ChildId" AND p129."Kind" = 'LookedAfter' AND (p129."EndDate" IS NULL OR p129."EndDate" >= @Today)
        ORDER BY p129."StartDate" DESC
        LIMIT 1) = p126."ChildId" AND EXISTS (
        SELECT 1
        FROM "PlanMembers" AS p131
        WHERE p126."Id" = p131."PlanId" AND p131."Agency" = @agency512)))) AND ((
    SELECT p133."NhsNumber"
    FROM "Plans" AS p132
    INNER JOIN "People" AS p133 ON p132."ChildId" = p133."Id"
    WHERE p."Id" = p132."ChildId" AND p132."Kind" = 'LookedAfter' AND (p132."EndDate" IS NULL OR p132."EndDate" >= @Today)
    ORDER BY p132."StartDate" DESC
    LIMIT 1) IS NULL OR (NOT ((
    SELECT p135."NhsNumber"
    FROM "Plans" AS p134
    INNER JOIN "People" AS p135 ON p134."ChildId" = p135."Id"
    WHERE p."Id" = p134."ChildId" AND p134."Kind" = 'LookedAfter' AND (p134."EndDate" IS NULL OR p134."EndDate" >= @Today)
    ORDER BY p134."StartDate" DESC
    LIMIT 1)::text = ANY (@numbers56) AND (
    SELECT p135."NhsNumber"
    FROM "Plans" AS p134
    INNER JOIN "People" AS p135 ON p134."ChildId" = p135."Id"
    WHERE p."Id" = p134."ChildId" AND p134."Kind" = 'LookedAfter' AND (p134."EndDate" IS NULL OR p134."EndDate" >= @Today)
    ORDER BY p134."StartDate" DESC
    LIMIT 1)::text = ANY (@numbers56) IS NOT NULL) AND ((
    SELECT p135."NhsNumber"
    FROM "Plans" AS p134
    INNER JOIN "People" AS p135 ON p134."ChildId" = p135."Id"
    WHERE p."Id" = p134."ChildId" AND p134."Kind" = 'LookedAfter' AND (p134."EndDate" IS NULL OR p134."EndDate" >= @Today)
    ORDER BY p134."StartDate" DESC
    LIMIT 1)::text IS NOT NULL OR array_position(@numbers56, NULL) IS NULL))) AND NOT EXISTS (
    SELECT 1
    FROM "Consents" AS c7
    WHERE (
        SELECT p137."Id"
        FROM "Plans" AS p136
        INNER JOIN "People" AS p137 ON p136."ChildId" = p137."Id"
        WHERE p."Id" = p136."ChildId" AND p136."Kind" = 'LookedAfter' AND (p136."EndDate" IS NULL OR p136."EndDate" >= @Today)
        ORDER BY p136."StartDate" DESC
        LIMIT 1) IS NOT NULL AND (
        SELECT p139."Id"
        FROM "Plans" AS p138
        INNER JOIN "People" AS p139 ON p138."ChildId" = p139."Id"
        WHERE p."Id" = p138."ChildId" AND p138."Kind" = 'LookedAfter' AND (p138."EndDate" IS NULL OR p138."EndDate" >= @Today)
        ORDER BY p138."StartDate" DESC
        LIMIT 1) = c7."ChildId" AND c7."GivenAt" <= @at58 AND (c7."WithdrawnAt" IS NULL OR c7."WithdrawnAt" > @at59) AND EXISTS (
        SELECT 1
        FROM "ConsentScopes" AS c8
        WHERE c7."Id" = c8."ConsentId" AND c8."Agency" = @agency60 AND c8."Category" = @category61)) AND NOT EXISTS (
    SELECT 1
    FROM "EmergencyAccessGrants" AS e3
    WHERE (
        SELECT p141."Id"
        FROM "Plans" AS p140
        INNER JOIN "People" AS p141 ON p140."ChildId" = p141."Id"
        WHERE p."Id" = p140."ChildId" AND p140."Kind" = 'LookedAfter' AND (p140."EndDate" IS NULL OR p140."EndDate" >= @Today)
        ORDER BY p140."StartDate" DESC
        LIMIT 1) IS NOT NULL AND (
        SELECT p143."Id"
        FROM "Plans" AS p142
        INNER JOIN "People" AS p143 ON p142."ChildId" = p143."Id"
        WHERE p."Id" = p142."ChildId" AND p142."Kind" = 'LookedAfter' AND (p142."EndDate" IS NULL OR p142."EndDate" >= @Today)
        ORDER BY p142."StartDate" DESC
        LIMIT 1) = e3."ChildId" AND e3."Subject" = @subject63 AND e3."GrantedAt" <= @at641 AND e3."ExpiresAt" > @at642 AND e3."RevokedAt" IS NULL)), (
    SELECT p144."StartDate"
    FROM "Plans" AS p144
    WHERE p."Id" = p144."ChildId" AND p144."Kind" = 'LookedAfter' AND (p144."EndDate" IS NULL OR p144."EndDate" >= @Today)
    ORDER BY p144."StartDate" DESC
    LIMIT 1), (
    SELECT p145."EndDate"
    FROM "Plans" AS p145
    WHERE p."Id" = p145."ChildId" AND p145."Kind" = 'LookedAfter' AND (p145."EndDate" IS NULL OR p145."EndDate" >= @Today)
    ORDER BY p145."StartDate" DESC
    LIMIT 1), (
    SELECT p146."Id"
    FROM "Plans" AS p146
    WHERE p."Id" = p146."ChildId" AND p146."Kind" = 'LookedAfter' AND (p146."EndDate" IS NULL OR p146."EndDate" >= @Today)
    ORDER BY p146."StartDate" DESC
    LIMIT 1), NOT EXISTS (
    SELECT 1
    FROM "Plans" AS p147
    WHERE p."Id" = p147."ChildId" AND p147."Kind" = 'PreBirth' AND (p147."EndDate" IS NULL OR p147."EndDate" >= @Today)) OR (
    SELECT p149."Kind"
    FROM "Plans" AS p148
    INNER JOIN "People" AS p149 ON p148."ChildId" = p149."Id"
    WHERE p."Id" = p148."ChildId" AND p148."Kind" = 'PreBirth' AND (p148."EndDate" IS NULL OR p148."EndDate" >= @Today)
    ORDER BY p148."StartDate" DESC
    LIMIT 1) <> 'Child' OR (
    SELECT p149."Kind"
    FROM "Plans" AS p148
    INNER JOIN "People" AS p149 ON p148."ChildId" = p149."Id"
    WHERE p."Id" = p148."ChildId" AND p148."Kind" = 'PreBirth' AND (p148."EndDate" IS NULL OR p148."EndDate" >= @Today)
    ORDER BY p148."StartDate" DESC
    LIMIT 1) IS NULL OR (
    SELECT l4."Id"
    FROM "Plans" AS p150
    INNER JOIN "People" AS p151 ON p150."ChildId" = p151."Id"
    LEFT JOIN "LocalAuthorities" AS l4 ON p151."LocalAuthorityId" = l4."Id"
    WHERE p."Id" = p150."ChildId" AND p150."Kind" = 'PreBirth' AND (p150."EndDate" IS NULL OR p150."EndDate" >= @Today)
    ORDER BY p150."StartDate" DESC
    LIMIT 1) IS NULL OR (NOT ((
    SELECT l5."Code"
    FROM "Plans" AS p152
    INNER JOIN "People" AS p153 ON p152."ChildId" = p153."Id"
    LEFT JOIN "LocalAuthorities" AS l5 ON p153."LocalAuthorityId" = l5."Id"
    WHERE p."Id" = p152."ChildId" AND p152."Kind" = 'PreBirth' AND (p152."EndDate" IS NULL OR p152."EndDate" >= @Today)
    ORDER BY p152."StartDate" DESC
    LIMIT 1) = ANY (@councils21) AND (
    SELECT l5."Code"
    FROM "Plans" AS p152
    INNER JOIN "People" AS p153 ON p152."ChildId" = p153."Id"
    LEFT JOIN "LocalAuthorities" AS l5 ON p153."LocalAuthorityId" = l5."Id"
    WHERE p."Id" = p152."ChildId" AND p152."Kind" = 'PreBirth' AND (p152."EndDate" IS NULL OR p152."EndDate" >= @Today)
    ORDER BY p152."StartDate" DESC
    LIMIT 1) = ANY (@councils21) IS NOT NULL) AND ((
    SELECT l5."Code"
    FROM "Plans" AS p152
    INNER JOIN "People" AS p153 ON p152."ChildId" = p153."Id"
    LEFT JOIN "LocalAuthorities" AS l5 ON p153."LocalAuthorityId" = l5."Id"
    WHERE p."Id" = p152."ChildId" AND p152."Kind" = 'PreBirth' AND (p152."EndDate" IS NULL OR p152."EndDate" >= @Today)
    ORDER BY p152."StartDate" DESC
    LIMIT 1) IS NOT NULL OR array_position(@councils21, NULL) IS NULL)) OR (((NOT EXISTS (
    SELECT 1
    FROM "Section47Enquiries" AS s4
    WHERE (
        SELECT p155."Id"
        FROM "Plans" AS p154
        INNER JOIN "People" AS p155 ON p154."ChildId" = p155."Id"
        WHERE p."Id" = p154."ChildId" AND p154."Kind" = 'PreBirth' AND (p154."EndDate" IS NULL OR p154."EndDate" >= @Today)
        ORDER BY p154."StartDate" DESC
        LIMIT 1) IS NOT NULL AND (
        SELECT p157."Id"
        FROM "Plans" AS p156
        INNER JOIN "People" AS p157 ON p156."ChildId" = p157."Id"
        WHERE p."Id" = p156."ChildId" AND p156."Kind" = 'PreBirth' AND (p156."EndDate" IS NULL OR p156."EndDate" >= @Today)
        ORDER BY p156."StartDate" DESC
        LIMIT 1) = s4."ChildId" AND s4."StartDate" <= @day23 AND (s4."EndDate" IS NULL OR s4."EndDate" >= @day24)) AND NOT EXISTS (
    SELECT 1
    FROM "Plans" AS p158
    WHERE (
        SELECT p160."Id"
        FROM "Plans" AS p159
        INNER JOIN "People" AS p160 ON p159."ChildId" = p160."Id"
        WHERE p."Id" = p159."ChildId" AND p159."Kind" = 'PreBirth' AND (p159."EndDate" IS NULL OR p159."EndDate" >= @Today)
        ORDER BY p159."StartDate" DESC
        LIMIT 1) IS NOT NULL AND (
        SELECT p162."Id"
        FROM "Plans" AS p161
        INNER JOIN "People" AS p162 ON p161."ChildId" = p162."Id"
        WHERE p."Id" = p161."ChildId" AND p161."Kind" = 'PreBirth' AND (p161."EndDate" IS NULL OR p161."EndDate" >= @Today)
        ORDER BY p161."StartDate" DESC
        LIMIT 1) = p158."ChildId" AND (p158."Kind" = 'ChildProtection' OR p158."Kind" = 'PreBirth' OR p158."Kind" = 'LookedAfter') AND p158."StartDate" <= @day23 AND (p158."EndDate" IS NULL OR p158."EndDate" >= @day24))) OR (NOT EXISTS (
    SELECT 1
    FROM "MeetingChildren" AS m14
    INNER JOIN "Meetings" AS m15 ON m14."MeetingId" = m15."Id"
    WHERE (
        SELECT p164."Id"
        FROM "Plans" AS p163
        INNER JOIN "People" AS p164 ON p163."ChildId" = p164."Id"
        WHERE p."Id" = p163."ChildId" AND p163."Kind" = 'PreBirth' AND (p163."EndDate" IS NULL OR p163."EndDate" >= @Today)
        ORDER BY p163."StartDate" DESC
        LIMIT 1) IS NOT NULL AND (
        SELECT p166."Id"
        FROM "Plans" AS p165
        INNER JOIN "People" AS p166 ON p165."ChildId" = p166."Id"
        WHERE p."Id" = p165."ChildId" AND p165."Kind" = 'PreBirth' AND (p165."EndDate" IS NULL OR p165."EndDate" >= @Today)
        ORDER BY p165."StartDate" DESC
        LIMIT 1) = m14."ChildId" AND EXISTS (
        SELECT 1
        FROM "MeetingInvitations" AS m16
        WHERE m15."Id" = m16."MeetingId" AND m16."Agency" = @agency293)) AND NOT EXISTS (
    SELECT 1
    FROM "Plans" AS p167
    WHERE (
        SELECT p169."Id"
        FROM "Plans" AS p168
        INNER JOIN "People" AS p169 ON p168."ChildId" = p169."Id"
        WHERE p."Id" = p168."ChildId" AND p168."Kind" = 'PreBirth' AND (p168."EndDate" IS NULL OR p168."EndDate" >= @Today)
        ORDER BY p168."StartDate" DESC
        LIMIT 1) IS NOT NULL AND (
        SELECT p171."Id"
        FROM "Plans" AS p170
        INNER JOIN "People" AS p171 ON p170."ChildId" = p171."Id"
        WHERE p."Id" = p170."ChildId" AND p170."Kind" = 'PreBirth' AND (p170."EndDate" IS NULL OR p170."EndDate" >= @Today)
        ORDER BY p170."StartDate" DESC
        LIMIT 1) = p167."ChildId" AND EXISTS (
        SELECT 1
        FROM "PlanMembers" AS p172
        WHERE p167."Id" = p172."PlanId" AND p172."Agency" = @agency294)))) AND ((
    SELECT p174."NhsNumber"
    FROM "Plans" AS p173
    INNER JOIN "People" AS p174 ON p173."ChildId" = p174."Id"
    WHERE p."Id" = p173."ChildId" AND p173."Kind" = 'PreBirth' AND (p173."EndDate" IS NULL OR p173."EndDate" >= @Today)
    ORDER BY p173."StartDate" DESC
    LIMIT 1) IS NULL OR (NOT ((
    SELECT p176."NhsNumber"
    FROM "Plans" AS p175
    INNER JOIN "People" AS p176 ON p175."ChildId" = p176."Id"
    WHERE p."Id" = p175."ChildId" AND p175."Kind" = 'PreBirth' AND (p175."EndDate" IS NULL OR p175."EndDate" >= @Today)
    ORDER BY p175."StartDate" DESC
    LIMIT 1)::text = ANY (@numbers34) AND (
    SELECT p176."NhsNumber"
    FROM "Plans" AS p175
    INNER JOIN "People" AS p176 ON p175."ChildId" = p176."Id"
    WHERE p."Id" = p175."ChildId" AND p175."Kind" = 'PreBirth' AND (p175."EndDate" IS NULL OR p175."EndDate" >= @Today)
    ORDER BY p175."StartDate" DESC
    LIMIT 1)::text = ANY (@numbers34) IS NOT NULL) AND ((
    SELECT p176."NhsNumber"
    FROM "Plans" AS p175
    INNER JOIN "People" AS p176 ON p175."ChildId" = p176."Id"
    WHERE p."Id" = p175."ChildId" AND p175."Kind" = 'PreBirth' AND (p175."EndDate" IS NULL OR p175."EndDate" >= @Today)
    ORDER BY p175."StartDate" DESC
    LIMIT 1)::text IS NOT NULL OR array_position(@numbers34, NULL) IS NULL))) AND NOT EXISTS (
    SELECT 1
    FROM "Consents" AS c9
    WHERE (
        SELECT p178."Id"
        FROM "Plans" AS p177
        INNER JOIN "People" AS p178 ON p177."ChildId" = p178."Id"
        WHERE p."Id" = p177."ChildId" AND p177."Kind" = 'PreBirth' AND (p177."EndDate" IS NULL OR p177."EndDate" >= @Today)
        ORDER BY p177."StartDate" DESC
        LIMIT 1) IS NOT NULL AND (
        SELECT p180."Id"
        FROM "Plans" AS p179
        INNER JOIN "People" AS p180 ON p179."ChildId" = p180."Id"
        WHERE p."Id" = p179."ChildId" AND p179."Kind" = 'PreBirth' AND (p179."EndDate" IS NULL OR p179."EndDate" >= @Today)
        ORDER BY p179."StartDate" DESC
        LIMIT 1) = c9."ChildId" AND c9."GivenAt" <= @at36 AND (c9."WithdrawnAt" IS NULL OR c9."WithdrawnAt" > @at37) AND EXISTS (
        SELECT 1
        FROM "ConsentScopes" AS c10
        WHERE c9."Id" = c10."ConsentId" AND c10."Agency" = @agency38 AND c10."Category" = @category39)) AND NOT EXISTS (
    SELECT 1
    FROM "EmergencyAccessGrants" AS e4
    WHERE (
        SELECT p182."Id"
        FROM "Plans" AS p181
        INNER JOIN "People" AS p182 ON p181."ChildId" = p182."Id"
        WHERE p."Id" = p181."ChildId" AND p181."Kind" = 'PreBirth' AND (p181."EndDate" IS NULL OR p181."EndDate" >= @Today)
        ORDER BY p181."StartDate" DESC
        LIMIT 1) IS NOT NULL AND (
        SELECT p184."Id"
        FROM "Plans" AS p183
        INNER JOIN "People" AS p184 ON p183."ChildId" = p184."Id"
        WHERE p."Id" = p183."ChildId" AND p183."Kind" = 'PreBirth' AND (p183."EndDate" IS NULL OR p183."EndDate" >= @Today)
        ORDER BY p183."StartDate" DESC
        LIMIT 1) = e4."ChildId" AND e4."Subject" = @subject41 AND e4."GrantedAt" <= @at423 AND e4."ExpiresAt" > @at424 AND e4."RevokedAt" IS NULL)) OR (((NOT EXISTS (
    SELECT 1
    FROM "Section47Enquiries" AS s5
    WHERE (
        SELECT p186."Id"
        FROM "Plans" AS p185
        INNER JOIN "People" AS p186 ON p185."ChildId" = p186."Id"
        WHERE p."Id" = p185."ChildId" AND p185."Kind" = 'PreBirth' AND (p185."EndDate" IS NULL OR p185."EndDate" >= @Today)
        ORDER BY p185."StartDate" DESC
        LIMIT 1) IS NOT NULL AND (
        SELECT p188."Id"
        FROM "Plans" AS p187
        INNER JOIN "People" AS p188 ON p187."ChildId" = p188."Id"
        WHERE p."Id" = p187."ChildId" AND p187."Kind" = 'PreBirth' AND (p187."EndDate" IS NULL OR p187."EndDate" >= @Today)
        ORDER BY p187."StartDate" DESC
        LIMIT 1) = s5."ChildId" AND s5."StartDate" <= @day45 AND (s5."EndDate" IS NULL OR s5."EndDate" >= @day46)) AND NOT EXISTS (
    SELECT 1
    FROM "Plans" AS p189
    WHERE (
        SELECT p191."Id"
        FROM "Plans" AS p190
        INNER JOIN "People" AS p191 ON p190."ChildId" = p191."Id"
        WHERE p."Id" = p190."ChildId" AND p190."Kind" = 'PreBirth' AND (p190."EndDate" IS NULL OR p190."EndDate" >= @Today)
        ORDER BY p190."StartDate" DESC
        LIMIT 1) IS NOT NULL AND (
        SELECT p193."Id"
        FROM "Plans" AS p192
        INNER JOIN "People" AS p193 ON p192."ChildId" = p193."Id"
        WHERE p."Id" = p192."ChildId" AND p192."Kind" = 'PreBirth' AND (p192."EndDate" IS NULL OR p192."EndDate" >= @Today)
        ORDER BY p192."StartDate" DESC
        LIMIT 1) = p189."ChildId" AND (p189."Kind" = 'ChildProtection' OR p189."Kind" = 'PreBirth' OR p189."Kind" = 'LookedAfter') AND p189."StartDate" <= @day45 AND (p189."EndDate" IS NULL OR p189."EndDate" >= @day46))) OR (NOT EXISTS (
    SELECT 1
    FROM "MeetingChildren" AS m17
    INNER JOIN "Meetings" AS m18 ON m17."MeetingId" = m18."Id"
    WHERE (
        SELECT p195."Id"
        FROM "Plans" AS p194
        INNER JOIN "People" AS p195 ON p194."ChildId" = p195."Id"
        WHERE p."Id" = p194."ChildId" AND p194."Kind" = 'PreBirth' AND (p194."EndDate" IS NULL OR p194."EndDate" >= @Today)
        ORDER BY p194."StartDate" DESC
        LIMIT 1) IS NOT NULL AND (
        SELECT p197."Id"
        FROM "Plans" AS p196
        INNER JOIN "People" AS p197 ON p196."ChildId" = p197."Id"
        WHERE p."Id" = p196."ChildId" AND p196."Kind" = 'PreBirth' AND (p196."EndDate" IS NULL OR p196."EndDate" >= @Today)
        ORDER BY p196."StartDate" DESC
        LIMIT 1) = m17."ChildId" AND EXISTS (
        SELECT 1
        FROM "MeetingInvitations" AS m19
        WHERE m18."Id" = m19."MeetingId" AND m19."Agency" = @agency513)) AND NOT EXISTS (
    SELECT 1
    FROM "Plans" AS p198
    WHERE (
        SELECT p200."Id"
        FROM "Plans" AS p199
        INNER JOIN "People" AS p200 ON p199."ChildId" = p200."Id"
        WHERE p."Id" = p199."ChildId" AND p199."Kind" = 'PreBirth' AND (p199."EndDate" IS NULL OR p199."EndDate" >= @Today)
        ORDER BY p199."StartDate" DESC
        LIMIT 1) IS NOT NULL AND (
        SELECT p202."Id"
        FROM "Plans" AS p201
        INNER JOIN "People" AS p202 ON p201."ChildId" = p202."Id"
        WHERE p."Id" = p201."ChildId" AND p201."Kind" = 'PreBirth' AND (p201."EndDate" IS NULL OR p201."EndDate" >= @Today)
        ORDER BY p201."StartDate" DESC
        LIMIT 1) = p198."ChildId" AND EXISTS (
        SELECT 1
        FROM "PlanMembers" AS p203
        WHERE p198."Id" = p203."PlanId" AND p203."Agency" = @agency514)))) AND ((
    SELECT p205."NhsNumber"
    FROM "Plans" AS p204
    INNER JOIN "People" AS p205 ON p204."ChildId" = p205."Id"
    WHERE p."Id" = p204."ChildId" AND p204."Kind" = 'PreBirth' AND (p204."EndDate" IS NULL OR p204."EndDate" >= @Today)
    ORDER BY p204."StartDate" DESC
    LIMIT 1) IS NULL OR (NOT ((
    SELECT p207."NhsNumber"
    FROM "Plans" AS p206
    INNER JOIN "People" AS p207 ON p206."ChildId" = p207."Id"
    WHERE p."Id" = p206."ChildId" AND p206."Kind" = 'PreBirth' AND (p206."EndDate" IS NULL OR p206."EndDate" >= @Today)
    ORDER BY p206."StartDate" DESC
    LIMIT 1)::text = ANY (@numbers56) AND (
    SELECT p207."NhsNumber"
    FROM "Plans" AS p206
    INNER JOIN "People" AS p207 ON p206."ChildId" = p207."Id"
    WHERE p."Id" = p206."ChildId" AND p206."Kind" = 'PreBirth' AND (p206."EndDate" IS NULL OR p206."EndDate" >= @Today)
    ORDER BY p206."StartDate" DESC
    LIMIT 1)::text = ANY (@numbers56) IS NOT NULL) AND ((
    SELECT p207."NhsNumber"
    FROM "Plans" AS p206
    INNER JOIN "People" AS p207 ON p206."ChildId" = p207."Id"
    WHERE p."Id" = p206."ChildId" AND p206."Kind" = 'PreBirth' AND (p206."EndDate" IS NULL OR p206."EndDate" >= @Today)
    ORDER BY p206."StartDate" DESC
    LIMIT 1)::text IS NOT NULL OR array_position(@numbers56, NULL) IS NULL))) AND NOT EXISTS (
    SELECT 1
    FROM "Consents" AS c11
    WHERE (
        SELECT p209."Id"
        FROM "Plans" AS p208
        INNER JOIN "People" AS p209 ON p208."ChildId" = p209."Id"
        WHERE p."Id" = p208."ChildId" AND p208."Kind" = 'PreBirth' AND (p208."EndDate" IS NULL OR p208."EndDate" >= @Today)
        ORDER BY p208."StartDate" DESC
        LIMIT 1) IS NOT NULL AND (
        SELECT p211."Id"
        FROM "Plans" AS p210
        INNER JOIN "People" AS p211 ON p210."ChildId" = p211."Id"
        WHERE p."Id" = p210."ChildId" AND p210."Kind" = 'PreBirth' AND (p210."EndDate" IS NULL OR p210."EndDate" >= @Today)
        ORDER BY p210."StartDate" DESC
        LIMIT 1) = c11."ChildId" AND c11."GivenAt" <= @at58 AND (c11."WithdrawnAt" IS NULL OR c11."WithdrawnAt" > @at59) AND EXISTS (
        SELECT 1
        FROM "ConsentScopes" AS c12
        WHERE c11."Id" = c12."ConsentId" AND c12."Agency" = @agency60 AND c12."Category" = @category61)) AND NOT EXISTS (
    SELECT 1
    FROM "EmergencyAccessGrants" AS e5
    WHERE (
        SELECT p213."Id"
        FROM "Plans" AS p212
        INNER JOIN "People" AS p213 ON p212."ChildId" = p213."Id"
        WHERE p."Id" = p212."ChildId" AND p212."Kind" = 'PreBirth' AND (p212."EndDate" IS NULL OR p212."EndDate" >= @Today)
        ORDER BY p212."StartDate" DESC
        LIMIT 1) IS NOT NULL AND (
        SELECT p215."Id"
        FROM "Plans" AS p214
        INNER JOIN "People" AS p215 ON p214."ChildId" = p215."Id"
        WHERE p."Id" = p214."ChildId" AND p214."Kind" = 'PreBirth' AND (p214."EndDate" IS NULL OR p214."EndDate" >= @Today)
        ORDER BY p214."StartDate" DESC
        LIMIT 1) = e5."ChildId" AND e5."Subject" = @subject63 AND e5."GrantedAt" <= @at643 AND e5."ExpiresAt" > @at644 AND e5."RevokedAt" IS NULL)), (
    SELECT p216."StartDate"
    FROM "Plans" AS p216
    WHERE p."Id" = p216."ChildId" AND p216."Kind" = 'PreBirth' AND (p216."EndDate" IS NULL OR p216."EndDate" >= @Today)
    ORDER BY p216."StartDate" DESC
    LIMIT 1), (
    SELECT p217."Id"
    FROM "Plans" AS p217
    WHERE p."Id" = p217."ChildId" AND p217."Kind" = 'PreBirth' AND (p217."EndDate" IS NULL OR p217."EndDate" >= @Today)
    ORDER BY p217."StartDate" DESC
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
    WHERE p."Id" = e."ChildId" AND e."Subject" = @subject AND e."GrantedAt" <= @at14 AND e."ExpiresAt" > @at140 AND e."RevokedAt" IS NULL)) AND p."NhsNumber" IS NOT NULL
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

