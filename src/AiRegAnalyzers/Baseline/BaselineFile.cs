using System;
using System.Collections.Generic;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace AiRegAnalyzers.Baseline;

/// <summary>
/// A parsed <c>aireg.baseline.json</c>: how many findings it accepts per <see cref="BaselineKey"/>,
/// or why it could not be read. Parsing never throws; a file that fails to parse suppresses nothing.
/// </summary>
/// <remarks>
/// The format (written by <c>aireg baseline</c>):
/// <c>{ "version": 1, "entries": [ { "rule", "path", "member", "lineHash", "count"?, ... } ] }</c>;
/// members other than these are informational and ignored. The analyzer package has no
/// dependencies, so this is a small JSON reader of its own.
/// </remarks>
internal sealed class BaselineFile
{
    public const string FileName = "aireg.baseline.json";

    /// <summary>Item metadata the package props set on a baseline named by <c>AiRegBaseline</c>.</summary>
    public const string MetadataKey = "build_metadata.AdditionalFiles.AiRegBaseline";

    private static readonly ConditionalWeakTable<AdditionalText, BaselineFile> Cache = new();

    private BaselineFile(string path, Dictionary<BaselineKey, int> counts, string? error)
    {
        Path = path;
        Counts = counts;
        Error = error;
    }

    public string Path { get; }

    /// <summary>The number of findings accepted per key; empty when <see cref="Error"/> is set.</summary>
    public Dictionary<BaselineKey, int> Counts { get; }

    /// <summary>Why the file cannot be used, or <see langword="null"/>.</summary>
    public string? Error { get; }

    /// <summary>The folder that entry paths are relative to.</summary>
    public string BaseDirectory => System.IO.Path.GetDirectoryName(Path) ?? string.Empty;

    /// <summary>The baseline files among the additional files: named <c>aireg.baseline.json</c>, or marked by the props.</summary>
    public static IEnumerable<BaselineFile> Find(AnalyzerOptions options, CancellationToken cancellationToken)
    {
        foreach (var file in options.AdditionalFiles)
        {
            if (string.Equals(System.IO.Path.GetFileName(file.Path), FileName, StringComparison.OrdinalIgnoreCase)
                || (options.AnalyzerConfigOptionsProvider.GetOptions(file).TryGetValue(MetadataKey, out var flag)
                    && string.Equals(flag, "true", StringComparison.OrdinalIgnoreCase)))
            {
                yield return Cache.GetValue(file, f => Read(f.Path, f.GetText(cancellationToken)));
            }
        }
    }

    public static BaselineFile Read(string path, SourceText? text)
    {
        var counts = new Dictionary<BaselineKey, int>();
        if (text is null)
        {
            return new BaselineFile(path, counts, "the file cannot be read");
        }

        try
        {
            var root = new JsonReader(text.ToString()).ReadDocument();
            if (root is not Dictionary<string, object?> document || !document.TryGetValue("entries", out var entriesValue) || entriesValue is not List<object?> entries)
            {
                return Failed("there is no \"entries\" array");
            }

            for (var i = 0; i < entries.Count; i++)
            {
                if (entries[i] is not Dictionary<string, object?> entry
                    || Text(entry, "rule") is not { } rule
                    || Text(entry, "path") is not { } file
                    || Text(entry, "member") is not { } member
                    || Text(entry, "lineHash") is not { } hash)
                {
                    return Failed("entry " + (i + 1).ToString(CultureInfo.InvariantCulture) + " needs the strings \"rule\", \"path\", \"member\" and \"lineHash\"");
                }

                var count = entry.TryGetValue("count", out var c) && c is double d && d >= 1 ? (int)d : 1;
                var key = new BaselineKey(rule, file, member, hash);
                counts[key] = counts.TryGetValue(key, out var existing) ? existing + count : count;
            }

            return new BaselineFile(path, counts, error: null);
        }
        catch (FormatException e)
        {
            return Failed(e.Message);
        }

        BaselineFile Failed(string error) => new(path, new Dictionary<BaselineKey, int>(), error);
    }

    private static string? Text(Dictionary<string, object?> entry, string name) =>
        entry.TryGetValue(name, out var value) ? value as string : null;

    /// <summary>Just enough JSON: objects, arrays, strings, numbers, true, false, null. Errors are <see cref="FormatException"/>s with a position.</summary>
    private sealed class JsonReader
    {
        private const int MaxDepth = 64;
        private readonly string _s;
        private int _i;

        public JsonReader(string s) => _s = s;

        public object? ReadDocument()
        {
            if (_s.Length > 0 && _s[0] == '\uFEFF')
            {
                _i = 1;
            }

            var value = ReadValue(0);
            SkipWhiteSpace();
            return _i == _s.Length ? value : throw Error("unexpected text after the JSON document");
        }

        private object? ReadValue(int depth)
        {
            if (depth > MaxDepth)
            {
                throw Error("nested too deeply");
            }

            SkipWhiteSpace();
            if (_i >= _s.Length)
            {
                throw Error("unexpected end of file");
            }

            switch (_s[_i])
            {
                case '{':
                    return ReadObject(depth);
                case '[':
                    return ReadArray(depth);
                case '"':
                    return ReadString();
                case 't':
                    return ReadWord("true", true);
                case 'f':
                    return ReadWord("false", false);
                case 'n':
                    return ReadWord("null", null);
                default:
                    return ReadNumber();
            }
        }

        private Dictionary<string, object?> ReadObject(int depth)
        {
            var result = new Dictionary<string, object?>(StringComparer.Ordinal);
            _i++;
            SkipWhiteSpace();
            if (Peek() == '}')
            {
                _i++;
                return result;
            }

            while (true)
            {
                SkipWhiteSpace();
                if (Peek() != '"')
                {
                    throw Error("expected a property name");
                }

                var name = ReadString();
                SkipWhiteSpace();
                Expect(':');
                result[name] = ReadValue(depth + 1);
                SkipWhiteSpace();
                if (Peek() == ',')
                {
                    _i++;
                    continue;
                }

                Expect('}');
                return result;
            }
        }

        private List<object?> ReadArray(int depth)
        {
            var result = new List<object?>();
            _i++;
            SkipWhiteSpace();
            if (Peek() == ']')
            {
                _i++;
                return result;
            }

            while (true)
            {
                result.Add(ReadValue(depth + 1));
                SkipWhiteSpace();
                if (Peek() == ',')
                {
                    _i++;
                    continue;
                }

                Expect(']');
                return result;
            }
        }

        private string ReadString()
        {
            _i++;
            var builder = new StringBuilder();
            while (_i < _s.Length)
            {
                var c = _s[_i++];
                if (c == '"')
                {
                    return builder.ToString();
                }

                if (c != '\\')
                {
                    builder.Append(c);
                    continue;
                }

                if (_i >= _s.Length)
                {
                    break;
                }

                var e = _s[_i++];
                switch (e)
                {
                    case 'n': builder.Append('\n'); break;
                    case 't': builder.Append('\t'); break;
                    case 'r': builder.Append('\r'); break;
                    case 'b': builder.Append('\b'); break;
                    case 'f': builder.Append('\f'); break;
                    case 'u' when _i + 4 <= _s.Length && int.TryParse(_s.Substring(_i, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var code):
                        builder.Append((char)code);
                        _i += 4;
                        break;
                    case '"' or '\\' or '/': builder.Append(e); break;
                    default: throw Error("bad escape in a string");
                }
            }

            throw Error("unterminated string");
        }

        private object? ReadWord(string word, object? value)
        {
            if (string.CompareOrdinal(_s, _i, word, 0, word.Length) != 0)
            {
                throw Error("unexpected character");
            }

            _i += word.Length;
            return value;
        }

        private double ReadNumber()
        {
            var start = _i;
            while (_i < _s.Length && (char.IsDigit(_s[_i]) || _s[_i] is '-' or '+' or '.' or 'e' or 'E'))
            {
                _i++;
            }

            return _i > start && double.TryParse(_s.Substring(start, _i - start), NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
                ? number
                : throw Error("unexpected character");
        }

        private void Expect(char c)
        {
            if (Peek() != c)
            {
                throw Error("expected '" + c + "'");
            }

            _i++;
        }

        private char Peek() => _i < _s.Length ? _s[_i] : '\0';

        private void SkipWhiteSpace()
        {
            while (_i < _s.Length && char.IsWhiteSpace(_s[_i]))
            {
                _i++;
            }
        }

        private FormatException Error(string what)
        {
            var line = 1;
            var column = 1;
            for (var k = 0; k < _i && k < _s.Length; k++)
            {
                if (_s[k] == '\n')
                {
                    line++;
                    column = 1;
                }
                else
                {
                    column++;
                }
            }

            return new FormatException("not valid JSON at line " + line.ToString(CultureInfo.InvariantCulture) + ", column " + column.ToString(CultureInfo.InvariantCulture) + ": " + what);
        }
    }
}
