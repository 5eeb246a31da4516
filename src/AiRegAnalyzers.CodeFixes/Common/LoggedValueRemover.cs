using System.Globalization;
using System.Linq;
using System.Text;
using AiRegAnalyzers.Sinks;
using Microsoft.CodeAnalysis.Formatting;

namespace AiRegAnalyzers.CodeFixes.Common;

/// <summary>
/// The "remove the value from the call" fix (AIREG101, AIREG105, AIREG201, AIREG203): takes out an
/// interpolation hole, or an argument together with its hole in the constant message template
/// (composite holes after it are renumbered), and tidies the text around the hole
/// (<see cref="HoleText"/>). The removals of one string or one call are made together.
/// </summary>
internal static class LoggedValueRemover
{
    /// <summary>Stands for a kept hole next to the text being tidied, so the text is not joined across it.</summary>
    private const char KeptHole = '\uFFFF';

    /// <summary>Whether the value at the diagnostic can be removed without breaking the call.</summary>
    public static bool CanRemove(SyntaxNode root, Diagnostic diagnostic) => FindTarget(root, diagnostic) is not null;

    /// <summary>Records the removals of <paramref name="diagnostics"/>, grouped by string and by argument list.</summary>
    public static void AddEdits(SyntaxNode root, IEnumerable<Diagnostic> diagnostics, SyntaxEdits edits)
    {
        var holesByString = new Dictionary<InterpolatedStringExpressionSyntax, HashSet<int>>();
        var removalsByList = new Dictionary<ArgumentListSyntax, ArgumentRemovals>();
        foreach (var diagnostic in diagnostics)
        {
            switch (FindTarget(root, diagnostic))
            {
                case InterpolationSyntax interpolation when interpolation.Parent is InterpolatedStringExpressionSyntax text:
                    (holesByString.TryGetValue(text, out var holes) ? holes : holesByString[text] = new HashSet<int>()).Add(text.Contents.IndexOf(interpolation));
                    break;
                case ArgumentSyntax argument when argument.Parent is ArgumentListSyntax list:
                    var removals = removalsByList.TryGetValue(list, out var existing) ? existing : removalsByList[list] = new ArgumentRemovals();
                    removals.Arguments.Add(list.Arguments.IndexOf(argument));
                    removals.Holes.Add(int.Parse(diagnostic.Get(DiagnosticProperties.HolePosition)!, CultureInfo.InvariantCulture));
                    removals.TemplateIndex = int.Parse(diagnostic.Get(DiagnosticProperties.TemplateArgument)!, CultureInfo.InvariantCulture);
                    break;
            }
        }

        foreach (var pair in holesByString)
        {
            edits.Edit(pair.Key, rewritten => RemoveInterpolations((InterpolatedStringExpressionSyntax)rewritten, pair.Value));
        }

        foreach (var pair in removalsByList)
        {
            edits.Edit(pair.Key, rewritten => RemoveArguments((ArgumentListSyntax)rewritten, pair.Value));
        }
    }

    private static SyntaxNode? FindTarget(SyntaxNode root, Diagnostic diagnostic)
    {
        if (DiagnosticSyntax.FindExpression(root, diagnostic) is not { } expression)
        {
            return null;
        }

        if (expression.Parent is InterpolationSyntax interpolation)
        {
            return interpolation;
        }

        return expression.Parent is ArgumentSyntax { Parent: ArgumentListSyntax list } argument
            && diagnostic.Get(DiagnosticProperties.HolePosition) is not null
            && int.TryParse(diagnostic.Get(DiagnosticProperties.TemplateArgument), NumberStyles.None, CultureInfo.InvariantCulture, out var templateIndex)
            && templateIndex < list.Arguments.Count
            && list.Arguments[templateIndex].Expression is LiteralExpressionSyntax { RawKind: (int)SyntaxKind.StringLiteralExpression }
                ? argument
                : null;
    }

    private static InterpolatedStringExpressionSyntax RemoveInterpolations(InterpolatedStringExpressionSyntax text, HashSet<int> indices)
    {
        var contents = new List<InterpolatedStringContentSyntax>();
        for (var i = 0; i < text.Contents.Count; i++)
        {
            var content = text.Contents[i];
            if (!indices.Contains(i))
            {
                contents.Add(content);
                continue;
            }

            // The text before the hole (already tidied when it follows another removed hole) and after it.
            var before = contents.Count > 0 && contents[contents.Count - 1] is InterpolatedStringTextSyntax previous ? previous : null;
            if (before is not null)
            {
                contents.RemoveAt(contents.Count - 1);
            }

            var after = i + 1 < text.Contents.Count && text.Contents[i + 1] is InterpolatedStringTextSyntax next && !indices.Contains(i + 1) ? next : null;
            if (after is not null)
            {
                i++;
            }

            var holeBefore = contents.Count > 0;
            var holeAfter = i + 1 < text.Contents.Count;
            if (Join(before?.TextToken.Text, after?.TextToken.Text, holeBefore, holeAfter) is { } joinedText
                && Join(before?.TextToken.ValueText, after?.TextToken.ValueText, holeBefore, holeAfter) is { } joinedValue
                && joinedText.Length > 0)
            {
                contents.Add(SyntaxFactory.InterpolatedStringText(SyntaxFactory.Token(default, SyntaxKind.InterpolatedStringTextToken, joinedText, joinedValue, default)));
            }
        }

        return text.WithContents(SyntaxFactory.List(contents));
    }

    /// <summary>The tidied text, the kept holes on either side standing in as <see cref="KeptHole"/>.</summary>
    private static string? Join(string? before, string? after, bool holeBefore, bool holeAfter)
    {
        var left = (holeBefore ? KeptHole.ToString() : string.Empty) + (before ?? string.Empty);
        var right = (after ?? string.Empty) + (holeAfter ? KeptHole.ToString() : string.Empty);
        return HoleText.Join(left, right).Replace(KeptHole.ToString(), string.Empty);
    }

    private static ArgumentListSyntax RemoveArguments(ArgumentListSyntax list, ArgumentRemovals removals)
    {
        var arguments = list.Arguments;
        if (removals.TemplateIndex < arguments.Count && arguments[removals.TemplateIndex].Expression is LiteralExpressionSyntax literal)
        {
            var template = RemoveHoles(literal.Token.ValueText, removals.Holes);
            arguments = arguments.Replace(arguments[removals.TemplateIndex], arguments[removals.TemplateIndex].WithExpression(
                SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(template)).WithTriviaFrom(literal)));
        }

        foreach (var index in removals.Arguments.OrderByDescending(i => i))
        {
            arguments = arguments.RemoveAt(index);
        }

        return list.WithArguments(arguments).WithAdditionalAnnotations(Formatter.Annotation);
    }

    /// <summary>Removes the holes bound to the given argument positions; composite holes after them are renumbered.</summary>
    internal static string RemoveHoles(string text, IEnumerable<int> positions)
    {
        var template = MessageTemplate.Parse(text);
        var removed = new HashSet<int>(positions);
        var builder = new StringBuilder(text);
        for (var i = template.Holes.Count - 1; i >= 0; i--)
        {
            var hole = template.Holes[i];
            if (removed.Contains(template.IsComposite ? hole.Index : i))
            {
                var before = builder.ToString(0, hole.Start);
                var after = builder.ToString(hole.Start + hole.Length, builder.Length - hole.Start - hole.Length);
                builder.Clear().Append(HoleText.Join(before, after));
            }
            else if (template.IsComposite)
            {
                var shift = removed.Count(p => p < hole.Index);
                if (shift > 0)
                {
                    var content = text.Substring(hole.Start + 1, hole.Length - 2);
                    var number = hole.Index.ToString(CultureInfo.InvariantCulture);
                    builder.Remove(hole.Start, hole.Length);
                    builder.Insert(hole.Start, "{" + (hole.Index - shift).ToString(CultureInfo.InvariantCulture) + content.Substring(number.Length) + "}");
                }
            }
        }

        return builder.ToString();
    }

    private sealed class ArgumentRemovals
    {
        public HashSet<int> Arguments { get; } = new();

        public HashSet<int> Holes { get; } = new();

        public int TemplateIndex { get; set; }
    }
}
