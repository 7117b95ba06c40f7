#pragma once

#include <QLabel>

// One line of plain text that fits whatever width its layout gives it: cut with "…" when narrower
// than the text, the whole text then in the tooltip. For lines like a status bar's, which must
// never make the window wider than the screen.
class ElidingLabel final : public QLabel
{
    Q_OBJECT

public:
    explicit ElidingLabel(const QString &text = {}, QWidget *parent = nullptr);

    void setFullText(const QString &text);
    QString fullText() const { return m_fullText; }

    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void elide();

    QString m_fullText;
};
