using Partnership.Data.Dates;
using Partnership.Data.Identifiers;
using Partnership.Data.Model;

namespace Partnership.Data.Synthetic;

/// <summary>Generates one council: its organisations and staff, families, then five years of casework (see the Cases part).</summary>
internal sealed partial class CouncilGenerator
{
    private static readonly string[] Streets =
    [
        "High Street", "Church Road", "Station Road", "Park Road", "Victoria Road", "Albert Street", "Queens Road", "Kings Road",
        "Elm Grove", "Oak Close", "Farnham Road", "Bath Road", "London Road", "Stoke Road", "Windsor Road", "Chalvey Road",
        "Mill Lane", "Meadow Way", "Beech Avenue", "Cedar Drive", "Willow Court", "Orchard Way", "Manor Park", "Greenfield Road",
        "St Mary's Close", "Brook Street", "Rowan Way", "Ash Grove", "Hawthorn Crescent", "Lime Walk",
    ];
    private const string InwardLetters = "ABDEFGHJLNPQRSTUWXYZ";

    private readonly SyntheticDataSet _set;
    private readonly CouncilSpec _spec;
    /// <summary>The council's stream; swapped for a side stream while scheduling conferences to come (see <see cref="Scheduled"/>).</summary>
    private Random _rng;
    private readonly SharedState _shared;
    private readonly DateOnly _asOf;
    private readonly DateOnly _historyStart;
    private LocalAuthority _la = null!;
    private readonly List<Organisation> _hubs = [], _primaries = [], _secondaries = [], _gps = [], _hvTeams = [];
    private Organisation _mash = null!, _housing = null!, _schoolNursing = null!, _lpa = null!;
    private Dictionary<Guid, List<Practitioner>> _staff => _shared.Staff;
    private readonly Dictionary<(Guid School, int Year), int> _upnSerial = [];
    private readonly Dictionary<Guid, int> _previousCpPlans = [];
    private readonly HashSet<Guid> _disabled = [];
    private readonly HashSet<Guid> _policeLinked = [];
    private readonly Dictionary<Guid, List<SchoolEnrolment>> _enrolmentsOf = [];
    private int _childSerial, _staffSerial;
    /// <summary>Small presets make rare events common so every scenario (unborn child, emergency access, refuge) is present.</summary>
    private readonly bool _small;
    private bool _scenarioDone, _forcing;

    internal CouncilGenerator(SyntheticDataSet set, CouncilSpec spec, int seed, SharedState shared)
    {
        _set = set;
        _spec = spec;
        _shared = shared;
        _asOf = set.AsOf;
        _historyStart = _asOf.AddYears(-5).AddDays(1);
        _small = spec.Children < 1_000;
        // One stream per council, so adding a council to a preset does not change the others.
        _rng = new Random(unchecked(seed * 7919 + int.Parse(spec.Code)));
    }

    public void Generate()
    {
        CreateCouncilAndOrganisations();
        var remaining = _spec.Children;
        while (remaining > 0)
            remaining -= CreateFamily(remaining);
        // Created last, so the council's families draw the same random numbers as before it existed.
        Staff(Org(Agency.Education, OrganisationKind.VirtualSchool, $"{_spec.Name} Virtual School"), PractitionerRole.VirtualSchoolHead, 1);
    }

    // ---- randomness helpers -------------------------------------------------------------------------------------------

    private Guid NewId()
    {
        Span<byte> b = stackalloc byte[16];
        _rng.NextBytes(b);
        b[7] = (byte)((b[7] & 0x0F) | 0x40); // version 4 layout, so the ids look like any other GUID
        b[8] = (byte)((b[8] & 0x3F) | 0x80);
        return new Guid(b);
    }

    private bool Chance(double p) => _rng.NextDouble() < p;
    private bool Rare(double p) => _rng.NextDouble() < (_small ? Math.Min(1, p * 10) : p);
    private T Pick<T>(IReadOnlyList<T> items) => items[_rng.Next(items.Count)];
    private int Between(int min, int maxInclusive) => _rng.Next(min, maxInclusive + 1);

    private int Weighted(ReadOnlySpan<double> weights)
    {
        var total = 0.0;
        foreach (var w in weights) total += w;
        var x = _rng.NextDouble() * total;
        for (var i = 0; i < weights.Length; i++)
        {
            x -= weights[i];
            if (x < 0) return i;
        }
        return weights.Length - 1;
    }

    private DateOnly RandomDay(DateOnly from, DateOnly to) => from.AddDays(_rng.Next(Math.Max(1, to.DayNumber - from.DayNumber + 1)));

    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    /// <summary>An instant during the working day on <paramref name="day"/>, London time.</summary>
    private DateTimeOffset At(DateOnly day, int fromHour = 9, int toHour = 16)
    {
        var local = day.ToDateTime(new TimeOnly(Between(fromHour, toHour), 15 * _rng.Next(4)));
        return new DateTimeOffset(local, London.GetUtcOffset(local)).ToUniversalTime();
    }

    private static DateOnly NextWorkingDay(DateOnly d)
    {
        while (!WorkingDays.IsWorkingDay(d)) d = d.AddDays(1);
        return d;
    }

    private string Phone(int block) => $"01632 96{block}{_rng.Next(1000):D3}"; // Ofcom's drama range: never a real line

    private NhsNumber? NextNhsNumber()
    {
        while (_shared.NhsCursor < NhsNumber.TestRangeSize)
            if (NhsNumber.TryCreateTestNumber((int)_shared.NhsCursor++, out var n)) return n;
        return null; // the 999 range is exhausted (only adults in the largest preset go without)
    }

    // ---- council, organisations, staff -----------------------------------------------------------------------------------

    private void CreateCouncilAndOrganisations()
    {
        var code = int.Parse(_spec.Code);
        _la = new LocalAuthority
        {
            Id = NewId(), Code = _spec.Code, Name = _spec.Name,
            OfficeHoursPhone = $"01632 960{code % 1000:D3}", OutOfHoursPhone = $"01632 961{code % 1000:D3}",
        };
        _set.LocalAuthorities.Add(_la);

        // Hubs: the first few carry Slough's specialisms, the rest are general.
        HubSpecialism[] specialisms = [HubSpecialism.ChildProtection, HubSpecialism.DisabledChildren, HubSpecialism.DomesticAbuse,
            HubSpecialism.CourtWork, HubSpecialism.MultiAgencyInnovation, HubSpecialism.EarlyHelp, HubSpecialism.LookedAfter];
        var openCasesPerHub = Math.Max(10, (int)(_spec.Children * 0.05 / _spec.Hubs));
        for (var i = 0; i < _spec.Hubs; i++)
        {
            var specialism = i < specialisms.Length && i < _spec.Hubs - 1 ? specialisms[i] : HubSpecialism.General;
            var hub = Org(Agency.SocialCare, OrganisationKind.SocialCareHub, $"{_spec.Name} Hub {i + 1} ({Words(specialism)})");
            hub.Specialism = specialism;
            hub.CaseloadMin = openCasesPerHub / 2;
            hub.CaseloadMax = openCasesPerHub * 5 / 4;
            _hubs.Add(hub);
            Staff(hub, PractitionerRole.ConsultantSocialWorker, 1);
            Staff(hub, PractitionerRole.SocialWorker, 5);
            // Qualification dates draw nothing from the random stream, so the rest of the world stays as it was: the hub's
            // last social worker is in the ASYE year (protected caseload), the others qualified years ago.
            var workers = _staff[hub.Id];
            for (var w = 0; w < workers.Count; w++)
                workers[w].QualifiedOn = w == workers.Count - 1 ? _asOf.AddMonths(-4 - i % 6) : _asOf.AddYears(-3 - w - i % 5);
        }
        _mash = Org(Agency.SocialCare, OrganisationKind.Mash, $"{_spec.Name} MASH");
        Staff(_mash, PractitionerRole.MashOfficer, 4);
        Staff(_mash, PractitionerRole.TeamManager, 2);
        Staff(_mash, PractitionerRole.ConferenceChair, Math.Max(2, _spec.Children / 12_000));

        var primaries = Math.Max(2, _spec.Children / 1_300);
        var secondaries = Math.Max(1, _spec.Children / 3_200);
        for (var i = 0; i < primaries; i++)
            _primaries.Add(School($"{Pick(Streets).Split(' ')[0]} Primary School", 2000 + i));
        for (var i = 0; i < secondaries; i++)
            _secondaries.Add(School($"{_spec.Town} {(i % 3 == 0 ? "Academy" : i % 3 == 1 ? "Grammar School" : "Community School")} {i + 1}", 4000 + i));
        for (var i = 0; i < Math.Max(2, _spec.Children / 1_600); i++)
        {
            var gp = Org(Agency.Health, OrganisationKind.GpPractice, $"{Pick(Streets).Split(' ')[0]} Medical Centre {i + 1}");
            gp.OdsCode = $"K{81000 + _set.Organisations.Count:D5}";
            _gps.Add(gp);
            Staff(gp, PractitionerRole.GeneralPractitioner, 3);
        }
        for (var i = 0; i < Math.Max(1, _spec.Children / 5_000); i++)
        {
            var hv = Org(Agency.Health, OrganisationKind.HealthVisitingTeam, $"{_spec.Name} Health Visiting Team {(char)('A' + i)}");
            _hvTeams.Add(hv);
            Staff(hv, PractitionerRole.HealthVisitor, 6);
        }
        _schoolNursing = Org(Agency.Health, OrganisationKind.SchoolNursingTeam, $"{_spec.Name} School Nursing");
        Staff(_schoolNursing, PractitionerRole.SchoolNurse, 4);
        Staff(Org(Agency.Health, OrganisationKind.Hospital, $"{_spec.Town} Hospital Safeguarding Team"), PractitionerRole.DesignatedSafeguardingNurse, 2);
        _housing = Org(Agency.Housing, OrganisationKind.HousingTeam, $"{_spec.Name} Housing Services");
        Staff(_housing, PractitionerRole.HousingOfficer, 4);

        // Policing areas can serve more than one council (Bracknell and Wokingham share one).
        if (!_shared.PolicingAreas.TryGetValue(_spec.Lpa, out _lpa!))
        {
            _lpa = Org(Agency.Police, OrganisationKind.PolicingArea, $"Thames Valley Police {_spec.Lpa}");
            Staff(_lpa, PractitionerRole.PoliceOfficer, 8);
            _shared.PolicingAreas[_spec.Lpa] = _lpa;
        }
        if (_shared.ForceMash is null)
        {
            _shared.ForceMash = Org(Agency.Police, OrganisationKind.Mash, "Thames Valley Police MASH", local: false);
            Staff(_shared.ForceMash, PractitionerRole.PoliceOfficer, 4);
        }
    }

    private static string Words(HubSpecialism s) => s switch
    {
        HubSpecialism.ChildProtection => "child protection",
        HubSpecialism.DisabledChildren => "disabled children",
        HubSpecialism.DomesticAbuse => "domestic abuse",
        HubSpecialism.CourtWork => "court work",
        HubSpecialism.MultiAgencyInnovation => "multi-agency innovation",
        HubSpecialism.EarlyHelp => "early help",
        HubSpecialism.LookedAfter => "looked after children",
        HubSpecialism.CareLeavers => "care leavers",
        _ => "general",
    };

    private Organisation Org(Agency agency, OrganisationKind kind, string name, bool local = true)
    {
        var o = new Organisation { Id = NewId(), Agency = agency, Kind = kind, Name = name, LocalAuthorityId = local ? _la.Id : null, Phone = Phone(2) };
        _set.Organisations.Add(o);
        _staff[o.Id] = [];
        return o;
    }

    private Organisation School(string name, int establishment)
    {
        var s = Org(Agency.Education, OrganisationKind.School, name);
        s.Urn = (100_000 + _set.Organisations.Count * 7 + establishment % 7).ToString();
        s.OdsCode = $"{_spec.Code}{establishment:D4}"; // DfE number: LA code + establishment number
        Staff(s, PractitionerRole.DesignatedSafeguardingLead, 1);
        return s;
    }

    private void Staff(Organisation org, PractitionerRole role, int count)
    {
        var h = Pick(Names.All);
        for (var i = 0; i < count; i++)
        {
            h = Names.All[Weighted(Names.Weights(_spec.Diverse))];
            var female = Chance(0.7);
            var given = Pick(female ? h.Girls : h.Boys);
            var family = Pick(h.Family);
            var serial = ++_staffSerial;
            var p = new Practitioner
            {
                Id = NewId(), Agency = org.Agency, OrganisationId = org.Id, Role = role, GivenName = given, FamilyName = family,
                Email = $"{given}.{family}.{serial}@{_spec.Code}.example.org".Replace("'", "").ToLowerInvariant(),
                Subject = $"{org.Agency.ToString().ToLowerInvariant()}-{_spec.Code}-{serial:D4}",
                Phone = Phone(3),
            };
            _set.Practitioners.Add(p);
            _staff[org.Id].Add(p);
        }
    }

    /// <summary>A social worker or consultant social worker of the hub (one draw, as <see cref="StaffOf"/> makes).</summary>
    private Practitioner CaseHolderOf(Organisation hub) =>
        Pick(_staff[hub.Id].Where(p => p.Role is PractitionerRole.SocialWorker or PractitionerRole.ConsultantSocialWorker).ToList());

    private Practitioner StaffOf(Organisation org, PractitionerRole? role = null)
    {
        var list = _staff[org.Id];
        if (role is { } r)
        {
            var matching = list.Where(p => p.Role == r).ToList();
            if (matching.Count > 0) return Pick(matching);
        }
        return Pick(list);
    }
}
