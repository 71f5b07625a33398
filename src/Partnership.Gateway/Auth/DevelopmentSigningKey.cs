using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace Partnership.Gateway.Auth;

/// <summary>
/// The Development-only key that signs <c>dev-token</c> tokens: 256 random bits kept in a file on this machine
/// (created on first use), so no key is committed and a token from one machine means nothing on another.
/// Never used outside Development.
/// </summary>
internal static class DevelopmentSigningKey
{
    public const string Issuer = "partnership-development";
    public const string KeyId = "partnership-development";
    public const string DefaultAudience = "api://partnership-hub";

    /// <summary>Configuration key of the key file's path (default: under the user's local application data).</summary>
    public const string FileSetting = "DevelopmentAuthentication:SigningKeyFile";

    public static string DefaultPath =>
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create),
            "Partnership", "dev-signing-key");

    public static SymmetricSecurityKey LoadOrCreate(string? path)
    {
        path = string.IsNullOrWhiteSpace(path) ? DefaultPath : path;
        if (!File.Exists(path))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
            try
            {
                using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None);
                stream.Write(System.Text.Encoding.ASCII.GetBytes(Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))));
                if (!OperatingSystem.IsWindows())
                    File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }
            catch (IOException) when (File.Exists(path))
            {
                // Another process created it first; use theirs.
            }
        }
        var bytes = Convert.FromBase64String(File.ReadAllText(path).Trim());
        if (bytes.Length < 32) throw new InvalidOperationException($"The development signing key in {path} is shorter than 256 bits; delete the file to make a new one.");
        return new SymmetricSecurityKey(bytes) { KeyId = KeyId };
    }

    /// <summary>The audience dev tokens carry: the configured one, so they pass the same audience check as Entra's.</summary>
    public static string AudienceFor(AzureAdOptions options) => options.Audiences() is { Count: > 0 } a ? a[0] : DefaultAudience;
}
