using AiRegAnalyzers.CodeFixes.Common;
using Xunit;

namespace AiRegAnalyzers.Tests.Common;

/// <summary>The text left around a removed hole: the connecting word or punctuation before it goes with it.</summary>
public sealed class HoleTextTests
{
    [Theory]
    [InlineData("Booking requested by ", " for {Department}", "Booking requested for {Department}")]
    [InlineData("Triage requested: ", "", "Triage requested")]
    [InlineData("Sent to ", ".", "Sent.")]
    [InlineData("Sent to ", " today", "Sent today")]
    [InlineData("User named ", " logged in", "User logged in")]
    [InlineData("Email=", ", phone", "Email, phone")]
    [InlineData("", " booked a visit", "booked a visit")]
    [InlineData("Patient ", ", born 1990", "Patient, born 1990")]
    [InlineData("Visit ", " confirmed", "Visit confirmed")]
    [InlineData("Sign-in from ", "", "Sign-in")]
    [InlineData("通知已发送给", "。", "通知已发送。")]
    [InlineData("患者：", "", "患者")]
    public void Joins_the_text_around_a_removed_hole(string before, string after, string expected) =>
        Assert.Equal(expected, HoleText.Join(before, after));

    [Theory]
    [InlineData("Forward", "Forward")]
    [InlineData("Editor ", "Editor")]
    public void Keeps_words_that_only_end_like_a_connecting_word(string before, string expected) =>
        Assert.Equal(expected, HoleText.Join(before, string.Empty));
}
