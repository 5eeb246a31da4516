namespace AiRegAnalyzers.Secrets;

/// <summary>
/// Recognizes well-known secret formats inside a string. Returns the resource key naming the format
/// (<c>AIREG502_Format_*</c>), or <see langword="null"/>. Prefix scans with ordinal comparisons only.
/// </summary>
internal static class SecretFormats
{
    public static string? Find(string value)
    {
        if (value.Length < 16)
        {
            return null;
        }

        if (value.IndexOfAny(FormatMarks) < 0)
        {
            // Most literals (messages, names, paths): every format but an AWS key ID and a Google key has a '-', '_' or '='
            // (PEM armour, sk-, ghp_, xoxb-, AccountKey=), so one vectorised scan spares the other searches.
            return HasExactToken(value, "AKIA", 16) || HasExactToken(value, "ASIA", 16) ? "AIREG502_Format_Aws"
                : HasToken(value, "AIza", 35, Kind.UrlSafe) ? "AIREG502_Format_Google"
                : null;
        }

        if (value.IndexOf("PRIVATE KEY-----", StringComparison.Ordinal) >= 0
            && value.IndexOf("-----BEGIN ", StringComparison.Ordinal) >= 0)
        {
            return "AIREG502_Format_PrivateKey";
        }

        if (HasToken(value, "sk-ant-", 20, Kind.UrlSafe))
        {
            return "AIREG502_Format_Anthropic";
        }

        if (HasOpenAiKey(value))
        {
            return "AIREG502_Format_OpenAI";
        }

        if (HasExactToken(value, "AKIA", 16) || HasExactToken(value, "ASIA", 16))
        {
            return "AIREG502_Format_Aws";
        }

        if (HasToken(value, "ghp_", 36, Kind.Alnum) || HasToken(value, "gho_", 36, Kind.Alnum)
            || HasToken(value, "ghu_", 36, Kind.Alnum) || HasToken(value, "ghs_", 36, Kind.Alnum)
            || HasToken(value, "ghr_", 36, Kind.Alnum) || HasToken(value, "github_pat_", 22, Kind.UrlSafe))
        {
            return "AIREG502_Format_GitHub";
        }

        if (HasToken(value, "AIza", 35, Kind.UrlSafe))
        {
            return "AIREG502_Format_Google";
        }

        if (HasSlackToken(value))
        {
            return "AIREG502_Format_Slack";
        }

        if (HasKeyValue(value, "AccountKey=") || HasKeyValue(value, "SharedAccessKey="))
        {
            return "AIREG502_Format_AzureStorage";
        }

        return null;
    }

    private static readonly char[] FormatMarks = ['-', '_', '='];

    private enum Kind
    {
        Alnum,
        UrlSafe,
        Base64,
    }

    private static bool IsTokenChar(char c, Kind kind) => kind switch
    {
        Kind.Alnum => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9'),
        Kind.UrlSafe => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '_' or '-',
        _ => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '+' or '/' or '=',
    };

    private static bool AtBoundary(string value, int index) =>
        index == 0 || !IsTokenChar(value[index - 1], Kind.UrlSafe);

    private static int RunLength(string value, int start, Kind kind)
    {
        var i = start;
        while (i < value.Length && IsTokenChar(value[i], kind))
        {
            i++;
        }

        return i - start;
    }

    private static bool HasToken(string value, string prefix, int minimumBody, Kind kind)
    {
        var index = value.IndexOf(prefix, StringComparison.Ordinal);
        while (index >= 0)
        {
            if (AtBoundary(value, index) && RunLength(value, index + prefix.Length, kind) >= minimumBody)
            {
                return true;
            }

            index = value.IndexOf(prefix, index + 1, StringComparison.Ordinal);
        }

        return false;
    }

    /// <summary>AWS key IDs: the prefix and exactly <paramref name="body"/> upper-case letters or digits.</summary>
    private static bool HasExactToken(string value, string prefix, int body)
    {
        var index = value.IndexOf(prefix, StringComparison.Ordinal);
        while (index >= 0)
        {
            if (AtBoundary(value, index))
            {
                var i = index + prefix.Length;
                var n = 0;
                while (i < value.Length && value[i] is (>= 'A' and <= 'Z') or (>= '0' and <= '9'))
                {
                    i++;
                    n++;
                }

                if (n == body && (i == value.Length || !IsTokenChar(value[i], Kind.Alnum)))
                {
                    return true;
                }
            }

            index = value.IndexOf(prefix, index + 1, StringComparison.Ordinal);
        }

        return false;
    }

    /// <summary><c>sk-</c> (including <c>sk-proj-</c>, <c>sk-svcacct-</c>) and 20+ key characters; not <c>sk-ant-</c>.</summary>
    private static bool HasOpenAiKey(string value)
    {
        var index = value.IndexOf("sk-", StringComparison.Ordinal);
        while (index >= 0)
        {
            if (AtBoundary(value, index)
                && string.CompareOrdinal(value, index, "sk-ant-", 0, 7) != 0
                && RunLength(value, index + 3, Kind.UrlSafe) >= 20)
            {
                return true;
            }

            index = value.IndexOf("sk-", index + 1, StringComparison.Ordinal);
        }

        return false;
    }

    /// <summary><c>xoxb-</c>, <c>xoxp-</c>, <c>xoxa-</c>, <c>xoxo-</c>, <c>xoxr-</c>, <c>xoxs-</c> and 10+ characters.</summary>
    private static bool HasSlackToken(string value)
    {
        var index = value.IndexOf("xox", StringComparison.Ordinal);
        while (index >= 0)
        {
            if (AtBoundary(value, index)
                && index + 4 < value.Length
                && value[index + 3] is 'a' or 'b' or 'o' or 'p' or 'r' or 's'
                && value[index + 4] == '-'
                && RunLength(value, index + 5, Kind.UrlSafe) >= 10)
            {
                return true;
            }

            index = value.IndexOf("xox", index + 1, StringComparison.Ordinal);
        }

        return false;
    }

    /// <summary><c>AccountKey=</c> followed by 40+ base64 characters (a storage or Service Bus key).</summary>
    private static bool HasKeyValue(string value, string key)
    {
        var index = value.IndexOf(key, StringComparison.OrdinalIgnoreCase);
        return index >= 0 && RunLength(value, index + key.Length, Kind.Base64) >= 40;
    }
}
