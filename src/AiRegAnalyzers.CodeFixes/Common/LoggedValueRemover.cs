using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using AiRegAnalyzers.Sinks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;

namespace AiRegAnalyzers.CodeFixes.Common;

/// <summary>
/// The "remove the value from the log call" fix (AIREG101, AIREG203): takes out an interpolation
/// hole, or an argument together with its hole in the constant message template (composite
/// holes after it are renumbered). Several removals in one call are applied together, so Fix All
/// works on calls with more than one offending value.
/// </summary>
internal static class LoggedValueRemover
{
    /// <summary>Whether the value at the diagnostic can be removed without breaking the call.</summary>
    public static bool CanRemove(SyntaxNode root, Diagnostic diagnostic) => FindTarget(root, diagnostic) is not null;

    public static async Task<Document> RemoveAsync(Document document, IEnumerable<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return document;
        }

        var holesByString = new Dictionary<InterpolatedStringExpressionSyntax, HashSet<int>>();
        var removalsByList = new Dictionary<ArgumentListSyntax, ArgumentRemovals>();
        foreach (var diagnostic in diagnostics)
        {
            switch (FindTarget(root, diagnostic))
            {
                case InterpolationSyntax interpolation when interpolation.Parent is InterpolatedStringExpressionSyntax text:
                    Get(holesByString, text).Add(text.Contents.IndexOf(interpolation));
                    break;
                case ArgumentSyntax argument when argument.Parent is ArgumentListSyntax list:
                    var removals = removalsByList.TryGetValue(list, out var existing) ? existing : removalsByList[list] = new ArgumentRemovals();
                    removals.Arguments.Add(list.Arguments.IndexOf(argument));
                    removals.Holes.Add(int.Parse(diagnostic.Properties[LoggedValue.HolePositionProperty]!, CultureInfo.InvariantCulture));
                    removals.TemplateIndex = int.Parse(diagnostic.Properties[LoggedValue.TemplateArgumentProperty]!, CultureInfo.InvariantCulture);
                    break;
            }
        }

        var nodes = holesByString.Keys.Cast<SyntaxNode>().Concat(removalsByList.Keys);
        var newRoot = root.ReplaceNodes(nodes, (original, rewritten) => original switch
        {
            InterpolatedStringExpressionSyntax text => RemoveInterpolations((InterpolatedStringExpressionSyntax)rewritten, holesByString[text]),
            ArgumentListSyntax list => RemoveArguments((ArgumentListSyntax)rewritten, removalsByList[list]),
            _ => rewritten,
        });
        return document.WithSyntaxRoot(newRoot);
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
            && diagnostic.Properties.TryGetValue(LoggedValue.HolePositionProperty, out var hole) && hole is not null
            && diagnostic.Properties.TryGetValue(LoggedValue.TemplateArgumentProperty, out var template) && template is not null
            && int.TryParse(template, NumberStyles.None, CultureInfo.InvariantCulture, out var templateIndex)
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
            if (indices.Contains(i))
            {
                continue;
            }

            var content = text.Contents[i];
            if (content is InterpolatedStringTextSyntax next && contents.Count > 0 && contents[contents.Count - 1] is InterpolatedStringTextSyntax previous)
            {
                contents[contents.Count - 1] = MergeText(previous, next);
            }
            else
            {
                contents.Add(content);
            }
        }

        // "Sent to {email}" → "Sent to"
        if (contents.Count > 0 && contents[contents.Count - 1] is InterpolatedStringTextSyntax last && indices.Contains(text.Contents.Count - 1))
        {
            contents[contents.Count - 1] = TextSyntax(last.TextToken.Text.TrimEnd(' '), last.TextToken.ValueText.TrimEnd(' '));
        }

        return text.WithContents(SyntaxFactory.List(contents));
    }

    private static InterpolatedStringTextSyntax MergeText(InterpolatedStringTextSyntax left, InterpolatedStringTextSyntax right) =>
        TextSyntax(JoinWithSingleSpace(left.TextToken.Text, right.TextToken.Text), JoinWithSingleSpace(left.TextToken.ValueText, right.TextToken.ValueText));

    private static InterpolatedStringTextSyntax TextSyntax(string text, string valueText) =>
        SyntaxFactory.InterpolatedStringText(SyntaxFactory.Token(default, SyntaxKind.InterpolatedStringTextToken, text, valueText, default));

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
                builder.Remove(hole.Start, hole.Length);
                CollapseSpaceAt(builder, hole.Start);
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

    /// <summary>After a removal at <paramref name="at"/>, "by  for" becomes "by for" and "to ." becomes "to.".</summary>
    private static void CollapseSpaceAt(StringBuilder builder, int at)
    {
        if (at > 0 && builder[at - 1] == ' ' && (at == builder.Length || builder[at] is ' ' or '.' or ',' or ':' or ';' or '!' or '?' or ')'))
        {
            builder.Remove(at - 1, 1);
        }
    }

    /// <summary>Joins the text around a removed hole: "to " + " for" → "to for", "Patient " + ": x" → "Patient: x".</summary>
    private static string JoinWithSingleSpace(string left, string right)
    {
        if (!left.EndsWith(" ", System.StringComparison.Ordinal) || right.Length == 0)
        {
            return left + right;
        }

        return right[0] switch
        {
            ' ' => left + right.Substring(1),
            '.' or ',' or ':' or ';' or '!' or '?' or ')' => left.Substring(0, left.Length - 1) + right,
            _ => left + right,
        };
    }

    private static HashSet<int> Get(Dictionary<InterpolatedStringExpressionSyntax, HashSet<int>> map, InterpolatedStringExpressionSyntax key) =>
        map.TryGetValue(key, out var set) ? set : map[key] = new HashSet<int>();

    private sealed class ArgumentRemovals
    {
        public HashSet<int> Arguments { get; } = new();

        public HashSet<int> Holes { get; } = new();

        public int TemplateIndex { get; set; }
    }
}
