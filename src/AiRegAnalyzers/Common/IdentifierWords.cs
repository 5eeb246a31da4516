namespace AiRegAnalyzers.Common;

/// <summary>
/// Splits an identifier into lower-case words: <c>PatientIdNumber</c> → patient, id, number;
/// <c>user_email2</c> → user, email, 2; <c>HTTPSUrl</c> → https, url; a leading <c>_</c> or
/// <c>@</c> is ignored. Callers cache the result per symbol: this allocates.
/// </summary>
internal static class IdentifierWords
{
    public static List<string> Split(string identifier)
    {
        var words = new List<string>(4);
        var start = -1;
        for (var i = 0; i < identifier.Length; i++)
        {
            var c = identifier[i];
            if (!char.IsLetterOrDigit(c))
            {
                Flush(identifier, ref start, i, words);
                continue;
            }

            if (start >= 0 && IsBoundary(identifier, i))
            {
                Flush(identifier, ref start, i, words);
            }

            if (start < 0)
            {
                start = i;
            }
        }

        Flush(identifier, ref start, identifier.Length, words);
        return words;
    }

    private static bool IsBoundary(string s, int i)
    {
        char previous = s[i - 1], current = s[i];
        if (char.IsDigit(current) != char.IsDigit(previous))
        {
            return true;
        }

        if (char.IsUpper(current))
        {
            // "userName" → user|Name; "HTTPSUrl" → HTTPS|Url (the last capital starts the next word).
            return char.IsLower(previous)
                || (char.IsUpper(previous) && i + 1 < s.Length && char.IsLower(s[i + 1]));
        }

        return false;
    }

    private static void Flush(string s, ref int start, int end, List<string> words)
    {
        if (start >= 0 && end > start)
        {
            words.Add(s.Substring(start, end - start).ToLowerInvariant());
        }

        start = -1;
    }
}
