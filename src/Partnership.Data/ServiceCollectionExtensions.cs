using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Partnership.Data;

public static class ServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="PartnershipDbContext"/> (pooled factory and scoped context) on the provider named by <c>Data:Provider</c>
    /// with <c>ConnectionStrings:Partnership</c>, validates the options at start, and (unless <c>Data:InitializeOnStart</c> is false)
    /// migrates and seeds the database at start through <see cref="DatabaseInitializer"/>.
    /// </summary>
    public static IServiceCollection AddPartnershipData(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<PartnershipDataOptions>()
            .Bind(configuration.GetSection(PartnershipDataOptions.Section))
            .Configure(o => o.ConnectionString ??= configuration.GetConnectionString(PartnershipDataOptions.ConnectionStringName))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<PartnershipDataOptions>, OptionsValidator>();
        services.AddPooledDbContextFactory<PartnershipDbContext>((sp, b) => sp.GetRequiredService<IOptions<PartnershipDataOptions>>().Value.Configure(b));
        services.AddScoped(sp => sp.GetRequiredService<IDbContextFactory<PartnershipDbContext>>().CreateDbContext());
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<DatabaseInitializer>();
        var initialize = configuration.GetSection(PartnershipDataOptions.Section).GetValue<bool?>(nameof(PartnershipDataOptions.InitializeOnStart)) ?? true;
        if (initialize) services.AddHostedService<DatabaseStartup>();
        return services;
    }

    /// <summary>Reports every problem, naming the setting.</summary>
    private sealed class OptionsValidator : IValidateOptions<PartnershipDataOptions>
    {
        public ValidateOptionsResult Validate(string? name, PartnershipDataOptions options)
        {
            var problems = options.Problems().ToList();
            return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
        }
    }

    private sealed class DatabaseStartup(DatabaseInitializer initializer) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken) => initializer.InitializeAsync(cancellationToken);
        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
