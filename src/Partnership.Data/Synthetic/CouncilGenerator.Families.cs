using Partnership.Data.Identifiers;
using Partnership.Data.Model;

namespace Partnership.Data.Synthetic;

internal sealed partial class CouncilGenerator
{
    /// <summary>A family as the generator builds it: the people, where they live, which services they use.</summary>
    private sealed class Family
    {
        public required Names.Heritage Heritage { get; init; }
        public required string FamilyName { get; init; }
        public Person? Mother, Father;
        public readonly List<Person> Children = [];
        public required string Line1 { get; init; }
        public required string Postcode { get; init; }
        public required DateOnly MovedIn { get; init; }
        public required Organisation Hub { get; init; }
        public required Organisation Gp { get; init; }
        public required Organisation HvTeam { get; init; }
        public required Organisation Primary { get; init; }
        public required Organisation Secondary { get; init; }
        public bool HousingTenant;
        public bool KnownToSocialCare;
        public readonly Dictionary<Guid, Address> HomeAddress = [];
        public readonly Dictionary<DateOnly, Meeting> ReviewMeetings = [];
        public IEnumerable<Person> Adults => new[] { Mother, Father }.OfType<Person>();
    }

    /// <summary>Creates a family and returns how many children it added.</summary>
    private int CreateFamily(int remaining)
    {
        var h = Names.All[Weighted(Names.Weights(_spec.Diverse))];
        var f = new Family
        {
            Heritage = h,
            FamilyName = Pick(h.Family),
            Line1 = $"{Between(1, 180)} {Pick(Streets)}",
            Postcode = $"{Pick(_spec.Postcodes)} {Between(1, 9)}{InwardLetters[_rng.Next(InwardLetters.Length)]}{InwardLetters[_rng.Next(InwardLetters.Length)]}",
            MovedIn = _asOf.AddDays(-Between(30, 365 * 12)),
            Hub = _hubs[_rng.Next(_hubs.Count)],
            Gp = Pick(_gps), HvTeam = Pick(_hvTeams), Primary = Pick(_primaries), Secondary = Pick(_secondaries),
            HousingTenant = Chance(0.2),
        };

        // In a small preset the first family is a fixed scenario: siblings on child protection plans now.
        var scenario = _small && !_scenarioDone;
        _scenarioDone = true;
        var count = scenario ? Math.Min(remaining, 3) : Math.Min(remaining, 1 + Weighted([0.36, 0.38, 0.17, 0.06, 0.03]));
        var eldestAge = scenario ? 12 : Between(Math.Min(17, (count - 1) * 2), 17);
        var age = eldestAge;
        for (var i = 0; i < count; i++)
        {
            f.Children.Add(NewChild(f, _asOf.AddYears(-age).AddDays(-_rng.Next(365))));
            age -= Between(1, 4);
            if (age < 0) { count = i + 1; break; }
        }
        if (Rare(0.006)) // an expected baby: an unborn child the hub may hold a pre-birth plan for
        {
            var unborn = NewChild(f, null);
            unborn.ExpectedDateOfBirth = _asOf.AddDays(Between(14, 150));
            f.Children.Add(unborn);
        }

        var eldestDob = f.Children.Where(c => c.DateOfBirth is not null).Select(c => c.DateOfBirth!.Value).DefaultIfEmpty(_asOf).Min();
        // An expected baby always has an expectant mother (CP-IS finds a pre-birth plan by her NHS number).
        if (Chance(0.97) || f.Children.Any(c => c.DateOfBirth is null)) f.Mother = NewAdult(f, Sex.Female, eldestDob.AddYears(-Between(19, 38)).AddDays(-_rng.Next(365)));
        if (f.Mother is null || Chance(0.62)) f.Father = NewAdult(f, Sex.Male, eldestDob.AddYears(-Between(20, 44)).AddDays(-_rng.Next(365)));

        // An unborn child is linked to the expectant mother: CP-IS finds a pre-birth plan by her NHS number.
        foreach (var c in f.Children.Where(c => c.DateOfBirth is null)) c.MotherId = f.Mother?.Id;
        foreach (var p in f.Adults.Concat(f.Children)) AddHomeServices(f, p);
        if (scenario) ProtectionScenario(f);
        else SimulateFamilyCasework(f);
        if (f.HousingTenant || f.KnownToSocialCare) CreateHousehold(f);
        return f.Children.Count(c => c.DateOfBirth is not null);
    }

    private Person NewChild(Family f, DateOnly? dob)
    {
        var sex = dob is null ? Sex.NotRecorded : Chance(0.51) ? Sex.Male : Sex.Female;
        var child = new Person
        {
            Id = NewId(), Kind = PersonKind.Child, LocalAuthorityId = _la.Id,
            GivenName = dob is null ? null : Pick(sex == Sex.Male ? f.Heritage.Boys : f.Heritage.Girls),
            FamilyName = f.FamilyName, DateOfBirth = dob, Sex = sex,
            Ethnicity = Chance(0.93) ? Pick(f.Heritage.Ethnicities) : (Ethnicity)_rng.Next(Enum.GetValues<Ethnicity>().Length - 2),
            NhsNumber = dob is null ? null : NextNhsNumber(),
            LaChildId = $"{_spec.Code}{++_childSerial:D7}",
        };
        if (dob is not null && Chance(0.035))
        {
            var first = (Disability)Between(1, 12);
            _set.Disabilities.Add(new PersonDisability { PersonId = child.Id, Disability = first });
            _disabled.Add(child.Id);
            var second = (Disability)Between(1, 12);
            if (Chance(0.3) && second != first) _set.Disabilities.Add(new PersonDisability { PersonId = child.Id, Disability = second });
        }
        _set.People.Add(child);
        return child;
    }

    private Person NewAdult(Family f, Sex sex, DateOnly dob)
    {
        var adult = new Person
        {
            Id = NewId(), Kind = PersonKind.Adult, LocalAuthorityId = _la.Id,
            GivenName = Pick(sex == Sex.Male ? f.Heritage.Boys : f.Heritage.Girls),
            FamilyName = sex == Sex.Female && Chance(0.2) ? Pick(f.Heritage.Family) : f.FamilyName,
            DateOfBirth = dob, Sex = sex, Ethnicity = Pick(f.Heritage.Ethnicities), NhsNumber = NextNhsNumber(),
        };
        _set.People.Add(adult);
        return adult;
    }

    /// <summary>Address, GP, and for children health visiting (under 5) or school (4–17, with a UPN).</summary>
    private void AddHomeServices(Family f, Person p)
    {
        var from = p.DateOfBirth is { } dob && dob > f.MovedIn ? dob : f.MovedIn;
        if (p.DateOfBirth is not null)
        {
            var home = new Address
            {
                Id = NewId(), PersonId = p.Id, Kind = AddressKind.Home, Line1 = f.Line1, Town = _spec.Town, Postcode = f.Postcode,
                ValidFrom = from, Phone = Chance(0.5) ? $"07700 900{_rng.Next(1000):D3}" : null,
            };
            _set.Addresses.Add(home);
            f.HomeAddress[p.Id] = home;
            _set.GpRegistrations.Add(new GpRegistration { Id = NewId(), PersonId = p.Id, PracticeId = f.Gp.Id, StartDate = from });
        }
        if (p.Kind != PersonKind.Child) return;

        if (p.DateOfBirth is null || p.DateOfBirth > _asOf.AddYears(-5))
        {
            var start = p.DateOfBirth?.AddDays(10) ?? _asOf.AddDays(-Between(0, 60));
            _set.HealthVisiting.Add(new HealthVisitingAssignment
            {
                Id = NewId(), PersonId = p.Id, TeamId = f.HvTeam.Id, StartDate = start < _asOf ? start : _asOf,
                HealthVisitorId = StaffOf(f.HvTeam, PractitionerRole.HealthVisitor).Id,
            });
        }
        if (p.DateOfBirth is not { } born) return;
        // Age on 31 August 2025 decides the school year: 4 is Reception, 11 is Year 7, 17 is Year 13.
        var academicAge = AgeOn(born, new DateOnly(_asOf.Month >= 9 ? _asOf.Year : _asOf.Year - 1, 8, 31));
        if (academicAge is < 4 or > 17) return;
        var septemberNow = new DateOnly(_asOf.Month >= 9 ? _asOf.Year : _asOf.Year - 1, 9, 1);
        var receptionStart = septemberNow.AddYears(-(academicAge - 4));
        var firstSchool = f.Primary;
        p.Upn = NewUpn(firstSchool, receptionStart.Year);
        if (academicAge <= 10)
        {
            Enrol(new SchoolEnrolment { Id = NewId(), PersonId = p.Id, SchoolId = f.Primary.Id, StartDate = receptionStart });
        }
        else
        {
            var year7 = septemberNow.AddYears(-(academicAge - 11));
            Enrol(new SchoolEnrolment { Id = NewId(), PersonId = p.Id, SchoolId = f.Primary.Id, StartDate = receptionStart, EndDate = year7.AddDays(-40) });
            Enrol(new SchoolEnrolment { Id = NewId(), PersonId = p.Id, SchoolId = f.Secondary.Id, StartDate = year7 });
        }
    }

    private void Enrol(SchoolEnrolment e)
    {
        _set.Enrolments.Add(e);
        if (!_enrolmentsOf.TryGetValue(e.PersonId, out var list)) _enrolmentsOf[e.PersonId] = list = [];
        list.Add(e);
    }

    private Upn NewUpn(Organisation school, int year)
    {
        var key = (school.Id, year);
        var serial = _upnSerial.GetValueOrDefault(key);
        _upnSerial[key] = serial + 1;
        var establishment = int.Parse(school.OdsCode!.AsSpan(3));
        // A school admitting more than 1,000 in one year spills into the next establishment number: uniqueness beats realism.
        return Upn.Create(int.Parse(_spec.Code), (establishment + serial / 1000) % 10_000, year % 100, serial % 1000);
    }

    internal static int AgeOn(DateOnly dob, DateOnly day)
    {
        var age = day.Year - dob.Year;
        if (day < dob.AddYears(age)) age--;
        return age;
    }

    private void CreateHousehold(Family f)
    {
        var byHousing = f.HousingTenant;
        var household = new Household
        {
            Id = NewId(), LocalAuthorityId = _la.Id,
            Reference = byHousing ? $"HSG-{_spec.Code}-{++_shared.IdentifierSerial:D6}" : null,
        };
        _set.Households.Add(household);
        var linker = byHousing ? _housing : f.Hub;
        foreach (var p in f.Adults.Concat(f.Children))
        {
            var method = byHousing ? (LinkMethod)Weighted([0.1, 0.7, 0.2]) : LinkMethod.Manual;
            _set.HouseholdMembers.Add(new HouseholdMember
            {
                Id = NewId(), HouseholdId = household.Id, PersonId = p.Id,
                Relationship = p == f.Mother ? HouseholdRelationship.Mother : p == f.Father ? HouseholdRelationship.Father : HouseholdRelationship.Child,
                LinkedByAgency = linker.Agency, LinkedByOrganisationId = linker.Id, LinkMethod = method,
                MatchWeight = method == LinkMethod.Probabilistic ? Math.Round(12 + _rng.NextDouble() * 14, 2) : null,
                LinkedAt = At(RandomDay(f.MovedIn > _historyStart ? f.MovedIn : _historyStart, _asOf)),
                From = f.MovedIn,
            });
            if (byHousing)
                _set.Identifiers.Add(new PersonIdentifier
                {
                    Id = NewId(), PersonId = p.Id, Agency = Agency.Housing, OrganisationId = _housing.Id,
                    Scheme = $"{_spec.Code}-HOUSING", Value = $"P{++_shared.IdentifierSerial:D8}",
                });
        }
    }
}
