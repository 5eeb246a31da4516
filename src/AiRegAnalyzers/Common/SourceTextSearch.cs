using Microsoft.CodeAnalysis.Text;

namespace AiRegAnalyzers.Common;

/// <summary>
/// An ordinal search of source text in chunks copied into a per-thread buffer: no string of the file is made,
/// no syntax node is created, and the text's indexer (a virtual call per character) is not used. A quick "not
/// mentioned here" before the syntax is looked at.
/// </summary>
internal static class SourceTextSearch
{
    private const int Chunk = 4096;

    [ThreadStatic]
    private static char[]? t_buffer;

    /// <summary>Whether <paramref name="value"/> occurs in <paramref name="text"/>.</summary>
    public static bool Contains(SourceText text, string value) => Contains(text, new TextSpan(0, text.Length), value);

    /// <summary>Whether <paramref name="value"/> occurs inside <paramref name="span"/> of <paramref name="text"/>.</summary>
    public static bool Contains(SourceText text, TextSpan span, string value)
    {
        if (value.Length == 0 || value.Length > span.Length)
        {
            return value.Length == 0;
        }

        var size = Chunk + value.Length - 1;
        var buffer = t_buffer is { } held && held.Length >= size ? held : t_buffer = new char[size];
        for (var start = span.Start; start <= span.End - value.Length; start += Chunk)
        {
            var count = System.Math.Min(size, span.End - start);
            text.CopyTo(start, buffer, 0, count);
            for (var i = 0; i + value.Length <= count; i++)
            {
                var j = 0;
                while (j < value.Length && buffer[i + j] == value[j])
                {
                    j++;
                }

                if (j == value.Length)
                {
                    return true;
                }
            }
        }

        return false;
    }
}
