namespace AiRegAnalyzers.Sinks;

/// <summary>
/// One value that a logging call writes: the message template itself, a value bound to a
/// template hole, or any other data argument (a <c>params</c> array is expanded element by element).
/// </summary>
internal readonly struct LoggedValue
{
    private LoggedValue(IOperation value, MessageTemplate.Hole? hole, int holePosition, int templateArgumentIndex)
    {
        Value = value;
        Hole = hole;
        HolePosition = holePosition;
        TemplateArgumentIndex = templateArgumentIndex;
    }

    public IOperation Value { get; }

    /// <summary>The template hole the value fills, when the template is a constant.</summary>
    public MessageTemplate.Hole? Hole { get; }

    /// <summary>The value's position among the template's arguments, or -1.</summary>
    public int HolePosition { get; }

    /// <summary>Index (in source order) of the constant template argument, or -1.</summary>
    public int TemplateArgumentIndex { get; }

    /// <summary>Whether the hole destructures the object (<c>{@User}</c>), so every member is written.</summary>
    public bool IsDestructured => Hole is { IsDestructured: true };

    /// <summary>The values an invocation recognised as a logging call writes.</summary>
    public static List<LoggedValue> Collect(IInvocationOperation invocation, LoggingSinks sinks)
    {
        var values = new List<LoggedValue>(invocation.Arguments.Length);
        var method = invocation.TargetMethod.ReducedFrom ?? invocation.TargetMethod;
        if (sinks.GetLoggerMessageTemplate(method) is { } loggerMessage)
        {
            // [LoggerMessage]: holes bind to parameters by name.
            var template = sinks.Template(loggerMessage);
            foreach (var argument in invocation.Arguments)
            {
                if (argument.Parameter is { } parameter && sinks.IsDataParameter(parameter))
                {
                    values.Add(new LoggedValue(argument.Value, FindByName(template, parameter.Name), -1, -1));
                }
            }

            return values;
        }

        MessageTemplate? parsed = null;
        var templateIndex = -1;
        var position = -1;
        foreach (var argument in invocation.Arguments)
        {
            if (argument.Parameter is not { } parameter || !sinks.IsDataParameter(parameter))
            {
                continue;
            }

            if (position < 0 && LoggingSinks.IsTemplateParameter(parameter))
            {
                values.Add(new LoggedValue(argument.Value, null, -1, -1));
                if (argument.Value.ConstantValue is { HasValue: true, Value: string text } && argument.Syntax is Microsoft.CodeAnalysis.CSharp.Syntax.ArgumentSyntax syntax
                    && syntax.Parent is Microsoft.CodeAnalysis.CSharp.Syntax.ArgumentListSyntax list)
                {
                    parsed = sinks.Template(text);
                    templateIndex = list.Arguments.IndexOf(syntax);
                }

                position = 0;
                continue;
            }

            if (argument.ArgumentKind == ArgumentKind.ParamArray && argument.Value is IArrayCreationOperation { Initializer: { } initializer })
            {
                foreach (var element in initializer.ElementValues)
                {
                    values.Add(Bound(element, parsed, templateIndex, ref position));
                }
            }
            else
            {
                values.Add(Bound(argument.Value, parsed, templateIndex, ref position));
            }
        }

        return values;
    }

    private static LoggedValue Bound(IOperation value, MessageTemplate? template, int templateIndex, ref int position)
    {
        if (position < 0)
        {
            return new LoggedValue(value, null, -1, -1);
        }

        var at = position++;
        return template is { } t && t.HoleFor(at) is { } hole
            ? new LoggedValue(value, hole, at, templateIndex)
            : new LoggedValue(value, null, -1, -1);
    }

    private static MessageTemplate.Hole? FindByName(MessageTemplate template, string name)
    {
        foreach (var hole in template.Holes)
        {
            if (string.Equals(hole.Name, name, System.StringComparison.OrdinalIgnoreCase))
            {
                return hole;
            }
        }

        return null;
    }
}
