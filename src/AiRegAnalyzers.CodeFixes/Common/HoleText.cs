using System;

namespace AiRegAnalyzers.CodeFixes.Common;

/// <summary>
/// Joins the text left on both sides of a removed hole so the sentence still reads: the connecting
/// word or punctuation directly before the hole goes with it ("requested by {Id} for" → "requested
/// for", "requested: {Complaint}" → "requested"), and one space is left between the two sides
/// (none before punctuation or at either end).
/// </summary>
internal static class HoleText
{
    /// <summary>Words that only connect the text before them to the value that followed.</summary>
    private static readonly string[] ConnectingWords =
        ["about", "and", "as", "at", "by", "called", "for", "from", "in", "into", "named", "of", "on", "or", "per", "to", "via", "with"];

    /// <summary>Chinese characters that connect a verb or noun to the value right after it (发送给{Email}).</summary>
    private const string ConnectingCharacters = "给向为由与和至到";

    private const string LeadingPunctuation = ":,;=-：，；";

    private const string TrailingPunctuation = ".,;:!?)。，；：！？）";

    /// <summary>How many characters at the end of <paramref name="before"/> go with the hole.</summary>
    public static int RemovedFromEnd(string before)
    {
        var end = before.Length;
        while (end > 0 && before[end - 1] == ' ')
        {
            end--;
        }

        if (end == 0)
        {
            return before.Length;
        }

        var last = before[end - 1];
        if (LeadingPunctuation.IndexOf(last) >= 0)
        {
            return before.Length - TrimSpaces(before, end - 1);
        }

        if (ConnectingCharacters.IndexOf(last) >= 0)
        {
            return before.Length - (end - 1);
        }

        var start = end;
        while (start > 0 && char.IsLetter(before[start - 1]))
        {
            start--;
        }

        // A whole word (at the start of the text or after a space) from the connecting list.
        if (start < end && (start == 0 || before[start - 1] == ' ') && Array.IndexOf(ConnectingWords, before.Substring(start, end - start).ToLowerInvariant()) >= 0)
        {
            return before.Length - TrimSpaces(before, start);
        }

        return before.Length - end;
    }

    /// <summary>How many characters at the start of <paramref name="after"/> go (the spaces, when nothing or punctuation is left before).</summary>
    public static int RemovedFromStart(string keptBefore, string after)
    {
        var spaces = 0;
        while (spaces < after.Length && after[spaces] == ' ')
        {
            spaces++;
        }

        if (spaces == 0)
        {
            return 0;
        }

        // Keep one space between two words; none at the start, before punctuation, or at the end.
        var keepOne = keptBefore.Length > 0 && keptBefore[keptBefore.Length - 1] != ' ' && keptBefore[keptBefore.Length - 1] != '('
            && spaces < after.Length && TrailingPunctuation.IndexOf(after[spaces]) < 0;
        return keepOne ? spaces - 1 : spaces;
    }

    /// <summary><paramref name="before"/> + <paramref name="after"/> as they read once the hole between them is gone.</summary>
    public static string Join(string before, string after)
    {
        var kept = before.Substring(0, before.Length - RemovedFromEnd(before));
        var separator = kept.Length > 0 && after.Length > 0 && after[0] != ' ' && TrailingPunctuation.IndexOf(after[0]) < 0 && before.EndsWith(" ", StringComparison.Ordinal)
            ? " "
            : string.Empty;
        var rest = after.Substring(RemovedFromStart(kept, after));
        if (separator.Length > 0 && rest.Length > 0 && rest[0] == ' ')
        {
            separator = string.Empty;
        }

        return kept + separator + rest;
    }

    private static int TrimSpaces(string text, int end)
    {
        while (end > 0 && text[end - 1] == ' ')
        {
            end--;
        }

        return end;
    }
}
