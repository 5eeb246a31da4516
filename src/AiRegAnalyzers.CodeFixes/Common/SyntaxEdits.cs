using System;

namespace AiRegAnalyzers.CodeFixes.Common;

/// <summary>
/// The edits of one document, by node of the original tree, applied in one pass. Each edit
/// rewrites its node as already rewritten inside, so edits of nested nodes compose (a value
/// wrapped inside an argument list that loses another argument); two edits of one node run one
/// after the other.
/// </summary>
internal sealed class SyntaxEdits
{
    private readonly Dictionary<SyntaxNode, Func<SyntaxNode, SyntaxNode>> _edits = new();
    private readonly SyntaxAnnotation _removed = new();

    public void Edit(SyntaxNode node, Func<SyntaxNode, SyntaxNode> rewrite) =>
        _edits[node] = _edits.TryGetValue(node, out var previous) ? current => rewrite(previous(current)) : rewrite;

    /// <summary>Replaces the node, keeping its trivia; edits inside it are given up for the replacement.</summary>
    public void Replace(SyntaxNode node, SyntaxNode replacement)
    {
        if (!_edits.ContainsKey(node))
        {
            _edits[node] = _ => replacement.WithTriviaFrom(node);
        }
    }

    /// <summary>Removes the node (a statement), keeping unbalanced preprocessor directives.</summary>
    public void Remove(SyntaxNode node) => _edits[node] = rewritten => rewritten.WithAdditionalAnnotations(_removed);

    public SyntaxNode ApplyTo(SyntaxNode root)
    {
        if (_edits.Count == 0)
        {
            return root;
        }

        var edited = root.ReplaceNodes(_edits.Keys, (original, rewritten) => _edits[original](rewritten));
        var removed = new List<SyntaxNode>(edited.GetAnnotatedNodes(_removed));
        return removed.Count == 0 ? edited : edited.RemoveNodes(removed, SyntaxRemoveOptions.KeepUnbalancedDirectives) ?? edited;
    }
}
