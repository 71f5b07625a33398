namespace Partnership.GraphQL.Language;

/// <summary>
/// Interns names within one parse so a name repeated across a document (field names, type names) is one string.
/// Open addressing over a power-of-two table; names are ASCII, so a name's bytes are its characters.
/// </summary>
internal sealed class NameTable
{
    private string[] _entries = new string[64];
    private int[] _hashes = new int[64];
    private int _count;

    public string Get(ReadOnlySpan<byte> name)
    {
        int hash = Hash(name);
        int mask = _entries.Length - 1;
        int i = hash & mask;
        while (true)
        {
            var entry = _entries[i];
            if (entry is null) break;
            if (_hashes[i] == hash && Equal(entry, name)) return entry;
            i = (i + 1) & mask;
        }
        var value = CreateString(name);
        _entries[i] = value;
        _hashes[i] = hash;
        if (++_count * 2 > _entries.Length) Grow();
        return value;
    }

    private static string CreateString(ReadOnlySpan<byte> name)
    {
        return string.Create(name.Length, name, static (chars, bytes) =>
        {
            for (int i = 0; i < bytes.Length; i++) chars[i] = (char)bytes[i];
        });
    }

    private static bool Equal(string entry, ReadOnlySpan<byte> name)
    {
        if (entry.Length != name.Length) return false;
        for (int i = 0; i < name.Length; i++)
        {
            if (entry[i] != name[i]) return false;
        }
        return true;
    }

    private static int Hash(ReadOnlySpan<byte> name)
    {
        uint h = 2166136261;
        foreach (var b in name) h = (h ^ b) * 16777619;
        return (int)(h & 0x7FFFFFFF);
    }

    private void Grow()
    {
        var oldEntries = _entries;
        var oldHashes = _hashes;
        _entries = new string[oldEntries.Length * 2];
        _hashes = new int[oldEntries.Length * 2];
        int mask = _entries.Length - 1;
        for (int j = 0; j < oldEntries.Length; j++)
        {
            if (oldEntries[j] is not { } entry) continue;
            int i = oldHashes[j] & mask;
            while (_entries[i] is not null) i = (i + 1) & mask;
            _entries[i] = entry;
            _hashes[i] = oldHashes[j];
        }
    }
}
