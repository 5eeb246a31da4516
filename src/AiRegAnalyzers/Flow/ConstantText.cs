using System.Text;

namespace AiRegAnalyzers.Flow;

/// <summary>
/// The text of a string value as far as it is fixed at compile time (<see cref="ConstantTextSource"/>):
/// the constant parts in order, each unknown part as one <see cref="Hole"/>, and for each constant part
/// the literal in the application's source it comes from (where a finding is reported and fixed).
/// </summary>
internal sealed class ConstantText
{
    /// <summary>Stands for a part whose value is not known here (configuration, a parameter): never a secret.</summary>
    public const char Hole = '\uE000';

    private readonly List<Piece> _pieces;

    private ConstantText(string text, List<Piece> pieces)
    {
        Text = text;
        _pieces = pieces;
    }

    public string Text { get; }

    /// <summary>Every part is known.</summary>
    public bool IsWhole => Text.IndexOf(Hole) < 0;

    public static ConstantText Of(string text, ILiteralOperation? literal) =>
        new(text, literal is null ? [] : [new Piece(0, text.Length, literal)]);

    /// <summary>The literal that supplies the character at <paramref name="index"/>, if one does.</summary>
    public ILiteralOperation? LiteralAt(int index)
    {
        foreach (var piece in _pieces)
        {
            if (index >= piece.Start && index < piece.Start + piece.Length)
            {
                return piece.Literal;
            }
        }

        return null;
    }

    /// <summary>The part of the text from <paramref name="start"/>, <paramref name="length"/> characters long, with its literals.</summary>
    public ConstantText Slice(int start, int length)
    {
        var pieces = new List<Piece>();
        foreach (var piece in _pieces)
        {
            var from = System.Math.Max(piece.Start, start);
            var to = System.Math.Min(piece.Start + piece.Length, start + length);
            if (from < to)
            {
                pieces.Add(new Piece(from - start, to - from, piece.Literal));
            }
        }

        return new ConstantText(Text.Substring(start, length), pieces);
    }

    /// <summary>Joins parts in order: known text (with the literals it came from) and holes.</summary>
    internal sealed class Builder
    {
        private readonly StringBuilder _text = new();
        private readonly List<Piece> _pieces = [];

        /// <summary>Whether any part was known.</summary>
        public bool AnyKnown { get; private set; }

        public void Add(ConstantText part)
        {
            var offset = _text.Length;
            _text.Append(part.Text);
            foreach (var piece in part._pieces)
            {
                _pieces.Add(new Piece(piece.Start + offset, piece.Length, piece.Literal));
            }

            AnyKnown |= part.Text.Length > 0 && (part.Text.Length > 1 || part.Text[0] != Hole);
        }

        public void AddText(string text)
        {
            _text.Append(text);
            AnyKnown = true;
        }

        public void AddHole()
        {
            if (_text.Length == 0 || _text[_text.Length - 1] != Hole)
            {
                _text.Append(Hole);
            }
        }

        public ConstantText Build() => new(_text.ToString(), _pieces);
    }

    private readonly struct Piece
    {
        public Piece(int start, int length, ILiteralOperation literal)
        {
            Start = start;
            Length = length;
            Literal = literal;
        }

        public int Start { get; }

        public int Length { get; }

        public ILiteralOperation Literal { get; }
    }
}
