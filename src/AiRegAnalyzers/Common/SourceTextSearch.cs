using Microsoft.CodeAnalysis.CSharp;
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

    // Room for values up to this long without growing the buffer.
    private const int Headroom = 256;

    [ThreadStatic]
    private static char[]? t_buffer;

    [ThreadStatic]
    private static string[]? t_one;

    /// <summary>Whether <paramref name="value"/> occurs in <paramref name="text"/>.</summary>
    public static bool Contains(SourceText text, string value) => Contains(text, new TextSpan(0, text.Length), value);

    /// <summary>Whether <paramref name="value"/> occurs inside <paramref name="span"/> of <paramref name="text"/>.</summary>
    public static bool Contains(SourceText text, TextSpan span, string value)
    {
        if (value.Length == 0)
        {
            return true;
        }

        t_one ??= new string[1];
        t_one[0] = value;
        return ContainsAny(text, span, t_one);
    }

    /// <summary>Whether any of <paramref name="values"/> occurs inside <paramref name="span"/> of <paramref name="text"/>, in one pass over the text.</summary>
    public static bool ContainsAny(SourceText text, TextSpan span, string[] values)
    {
        var longest = 0;
        for (var k = 0; k < values.Length; k++)
        {
            longest = System.Math.Max(longest, values[k].Length);
        }

        if (longest == 0)
        {
            return false;
        }

        // Chunks overlap by the longest value, so a value across a chunk boundary is seen whole; each chunk is
        // searched with the runtime's vectorized IndexOf, value by value, while it is in the cache.
        var size = Chunk + longest - 1;
        var buffer = Buffer(size);
        for (var start = span.Start; start < span.End; start += Chunk)
        {
            var count = System.Math.Min(size, span.End - start);
            text.CopyTo(start, buffer, 0, count);
            var window = new ReadOnlySpan<char>(buffer, 0, count);
            for (var k = 0; k < values.Length; k++)
            {
                if (values[k].Length > 0 && window.IndexOf(values[k].AsSpan()) >= 0)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// Whether <paramref name="word"/> occurs inside <paramref name="span"/> as a whole identifier: not preceded or
    /// followed by a character an identifier can hold (the span's ends count as boundaries). It also finds the word in
    /// comments and strings, so it answers "may mention", never a false "does not".
    /// </summary>
    public static bool ContainsWord(SourceText text, TextSpan span, string word)
    {
        if (word.Length == 0)
        {
            return true;
        }

        // Each chunk also holds the character before it and the word's length after it, so the characters on both
        // sides of a word that starts inside the chunk are in the buffer.
        var buffer = Buffer(Chunk + word.Length + 1);
        for (var start = span.Start; start < span.End; start += Chunk)
        {
            var from = start > span.Start ? start - 1 : start;
            var count = System.Math.Min(span.End, start + Chunk + word.Length) - from;
            text.CopyTo(from, buffer, 0, count);
            var window = new ReadOnlySpan<char>(buffer, 0, count);
            for (var offset = 0; offset < count;)
            {
                var found = window.Slice(offset).IndexOf(word.AsSpan());
                if (found < 0)
                {
                    break;
                }

                var at = offset + found;
                var after = at + word.Length;
                var startsClear = at > 0 ? !SyntaxFacts.IsIdentifierPartCharacter(window[at - 1]) : from == span.Start;
                var endsClear = after < count ? !SyntaxFacts.IsIdentifierPartCharacter(window[after]) : from + after == span.End;
                if (startsClear && endsClear)
                {
                    return true;
                }

                offset = at + 1;
            }
        }

        return false;
    }

    /// <summary>This thread's buffer, at least <paramref name="size"/> characters long.</summary>
    private static char[] Buffer(int size) =>
        t_buffer is { } held && held.Length >= size ? held : t_buffer = new char[System.Math.Max(size, Chunk + Headroom)];
}
