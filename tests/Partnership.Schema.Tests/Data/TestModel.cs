using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Partnership.Schema.Tests.Data;

public enum PlanKind { EarlyHelp, ChildInNeed, ChildProtection, LookedAfter }

public sealed class Authority
{
    public Guid Id { get; set; }
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    public string? Phone { get; set; }
}

/// <summary>A value object stored through a converter (as the hub's NhsNumber and Upn are).</summary>
public sealed class CaseRef(string value)
{
    public string Value { get; } = value;
}

public sealed class Person
{
    public CaseRef? CaseRef { get; set; }
    public int Id { get; set; }
    public string? NhsNumber { get; set; }
    public string FirstName { get; set; } = "";
    public string LastName { get; set; } = "";
    public DateOnly DateOfBirth { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public int Score { get; set; }
    public double? Weight { get; set; }
    public bool Active { get; set; }
    public Guid Reference { get; set; }
    public string? Secret { get; set; }
    public Guid? AuthorityId { get; set; }
    public Authority? Authority { get; set; }
    public List<Plan> Plans { get; set; } = [];
}

public sealed class Plan
{
    public int Id { get; set; }
    public int PersonId { get; set; }
    public Person Person { get; set; } = null!;
    public PlanKind Kind { get; set; }
    public DateOnly Start { get; set; }
    public DateOnly? End { get; set; }
    public string? Notes { get; set; }
    public List<PlanAction> Actions { get; set; } = [];
}

public sealed class PlanAction
{
    public int Id { get; set; }
    public int PlanId { get; set; }
    public string Text { get; set; } = "";
    public bool Done { get; set; }
}

/// <summary>Counts the SQL statements a context runs and keeps their text.</summary>
public sealed class CommandCounter : DbCommandInterceptor
{
    private readonly List<string> _commands = [];

    public IReadOnlyList<string> Commands { get { lock (_commands) return [.. _commands]; } }

    public void Reset() { lock (_commands) _commands.Clear(); }

    private void Add(DbCommand command) { lock (_commands) _commands.Add(command.CommandText); }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Add(command);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Add(command);
        return ValueTask.FromResult(result);
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Add(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        Add(command);
        return result;
    }
}

public sealed class TestDb(DbContextOptions<TestDb> options) : DbContext(options)
{
    public DbSet<Authority> Authorities => Set<Authority>();
    public DbSet<Person> People => Set<Person>();
    public DbSet<Plan> Plans => Set<Plan>();
    public DbSet<PlanAction> Actions => Set<PlanAction>();

    protected override void ConfigureConventions(ModelConfigurationBuilder builder)
    {
        // SQLite cannot compare or order DateTimeOffset text; store it as a sortable integer.
        builder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
        // Enums as names, as the hub's model stores them: sorting and filtering must not rely on numbers.
        builder.Properties<PlanKind>().HaveConversion<EnumToStringConverter<PlanKind>>();
        builder.Properties<CaseRef>().HaveConversion<CaseRefConverter>();
    }
}

public sealed class CaseRefConverter() : ValueConverter<CaseRef, string>(v => v.Value, v => new CaseRef(v));

/// <summary>An open in-memory SQLite database with seeded data, one per test.</summary>
public sealed class TestDatabase : IDisposable
{
    private readonly SqliteConnection _connection;

    public TestDatabase(bool seed = true)
    {
        _connection = new SqliteConnection("DataSource=:memory:");
        _connection.Open();
        Options = new DbContextOptionsBuilder<TestDb>().UseSqlite(_connection).AddInterceptors(Counter).Options;
        using var db = NewContext();
        db.Database.EnsureCreated();
        if (seed) Seed(db);
        Counter.Reset();
    }

    public CommandCounter Counter { get; } = new();

    public DbContextOptions<TestDb> Options { get; }

    public TestDb NewContext() => new(Options);

    public static readonly DateTimeOffset Epoch = new(2024, 1, 1, 9, 0, 0, TimeSpan.Zero);

    private static void Seed(TestDb db)
    {
        var reading = new Authority { Id = new Guid("c0000000-0000-0000-0000-000000000003"), Code = "871", Name = "Reading", Phone = "0118 000" };
        var slough = new Authority { Id = new Guid("a0000000-0000-0000-0000-000000000001"), Code = "872", Name = "Slough" };
        var bracknell = new Authority { Id = new Guid("b0000000-0000-0000-0000-000000000002"), Code = "867", Name = "Bracknell Forest", Phone = "01344 000" };
        db.Authorities.AddRange(reading, slough, bracknell);
        string[] lastNames = ["Smith", "Jones", "Taylor", "Brown", "Smith", "Evans", "Jones", "Smith", "Wilson", "Davies"];
        for (int i = 0; i < 10; i++)
        {
            var person = new Person
            {
                Id = i + 1,
                NhsNumber = i % 4 == 3 ? null : $"94{i:D8}",
                FirstName = "Child" + i,
                LastName = lastNames[i],
                DateOfBirth = new DateOnly(2015 + i % 5, 1 + i, 10),
                CreatedAt = Epoch.AddDays(i),
                Score = i * 10 % 35,
                Weight = i % 3 == 0 ? null : 20.5 + i,
                Active = i % 2 == 0,
                Reference = new Guid(i + 1, 0, 0, new byte[8]),
                Secret = "secret" + i,
                CaseRef = new CaseRef("CR-" + i),
                Authority = i % 3 == 0 ? reading : i % 3 == 1 ? slough : (i == 8 ? null : bracknell),
            };
            for (int p = 0; p < i % 3; p++)
            {
                var plan = new Plan
                {
                    Id = i * 10 + p + 1,
                    Kind = (PlanKind)((i + p) % 4),
                    Start = new DateOnly(2023, 1 + p, 1 + i),
                    End = p == 0 ? new DateOnly(2024, 1, 1) : null,
                    Notes = "notes " + i + "-" + p,
                };
                for (int a = 0; a < p + 1; a++) plan.Actions.Add(new PlanAction { Id = i * 100 + p * 10 + a + 1, Text = $"action {i}-{p}-{a}", Done = a % 2 == 0 });
                person.Plans.Add(plan);
            }
            db.People.Add(person);
        }
        db.SaveChanges();
    }

    public void Dispose() => _connection.Dispose();
}
